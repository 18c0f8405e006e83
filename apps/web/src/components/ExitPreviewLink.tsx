'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'
import { exitPreviewHref } from '@/lib/draft-rewrites'

export { EXIT_PREVIEW_HREF, exitPreviewHref } from '@/lib/draft-rewrites'

/**
 * "Exit preview" (`children`: the words, from the server's catalog), back to the page being previewed. A plain `<a>`, not next/link: prefetching
 * the exit route would switch preview off by itself.
 */
export function ExitPreviewLink({
  className,
  children,
}: {
  className?: string
  children: ReactNode
}) {
  return (
    <a className={className} href={exitPreviewHref(usePathname())}>
      {children}
    </a>
  )
}
