import type { PortalHref } from '@doorway/portal-link'

/**
 * Defence in depth on top of the `PortalHref` type, for every place the site puts a portal
 * address (a link, a QR code): throws, failing the render and so the build, if a cast ever
 * smuggles in something that is not an absolute https address without a user name.
 */
export function assertLooksChecked(href: unknown, who: string): asserts href is PortalHref {
  let url: URL | null = null
  try {
    url = typeof href === 'string' ? new URL(href) : null
  } catch {
    url = null
  }
  if (url === null || url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
    throw new TypeError(
      `${who} refused ${JSON.stringify(href)}: only a portal address checked by @doorway/portal-link may be used.`,
    )
  }
}
