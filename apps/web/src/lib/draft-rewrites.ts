import { PORTAL_HELP_PATH } from '@doorway/content/site'
import { ACCESSIBILITY_PATH, HANDOUT_PATH, LANGUAGE_ASSISTANCE_PATH } from './page-meta'
import { DRAFT_MODE_COOKIE } from './security-headers'

/**
 * Published pages are Pages Router pages with no client JavaScript; in Draft Mode, and only
 * there, the same paths are served by their App Router twins under this prefix (`app/preview`),
 * which keep next-sanity's `VisualEditing` for the Studio's Presentation tool. Both draw the same
 * body components inside the same `SiteChrome`.
 */
export const DRAFT_TWIN_PREFIX = '/preview'

/** The route that turns Draft Mode off. */
export const EXIT_PREVIEW_HREF = '/api/draft-mode/disable'

/** The exit route, asked to come back to `pathname` (the route accepts only same-site paths). */
export function exitPreviewHref(pathname: string | null): string {
  if (pathname === null || pathname === '/') return EXIT_PREVIEW_HREF
  return `${EXIT_PREVIEW_HREF}?${new URLSearchParams({ redirect: pathname })}`
}

/** The published pages that have a Draft Mode twin, as next.config.ts path patterns. */
export const PAGES_WITH_TWINS = [
  '/',
  '/portal',
  PORTAL_HELP_PATH,
  HANDOUT_PATH,
  LANGUAGE_ASSISTANCE_PATH,
  ACCESSIBILITY_PATH,
  '/locations/:slug',
] as const

interface Rewrite {
  source: string
  destination: string
  has: { type: 'cookie'; key: string }[]
}

/**
 * next.config.ts `rewrites().beforeFiles`: a request carrying the Draft Mode cookie goes to the
 * twin. The twin checks the cookie itself (a stale one is cleared and sent back to the page).
 */
export function draftTwinRewrites(): Rewrite[] {
  return PAGES_WITH_TWINS.map((source) => ({
    source,
    destination: source === '/' ? DRAFT_TWIN_PREFIX : `${DRAFT_TWIN_PREFIX}${source}`,
    has: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }],
  }))
}
