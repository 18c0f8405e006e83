'use client'

import { usePathname } from 'next/navigation'

/** The route that turns Draft Mode off. */
export const EXIT_PREVIEW_HREF = '/api/draft-mode/disable'

/** The exit route, asked to come back to `pathname` (the route accepts only same-site paths). */
export function exitPreviewHref(pathname: string | null): string {
  if (pathname === null || pathname === '/') return EXIT_PREVIEW_HREF
  return `${EXIT_PREVIEW_HREF}?${new URLSearchParams({ redirect: pathname })}`
}

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
