'use client'

import { usePathname } from 'next/navigation'
import { exitPreviewHref } from '@/lib/draft-rewrites'

export { EXIT_PREVIEW_HREF, exitPreviewHref } from '@/lib/draft-rewrites'

/**
 * "Exit preview", back to the page being previewed. A plain `<a>`, not next/link: prefetching
 * the exit route would switch preview off by itself.
 */
export function ExitPreviewLink({ className }: { className?: string }) {
  return (
    <a className={className} href={exitPreviewHref(usePathname())}>
      Exit preview
    </a>
  )
}
