import { DEFAULT_LANGUAGE } from '@doorway/languages'
import { FIXED_PAGES, pagePath, type PageRoute } from './page-meta'
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

/** The published pages that have a Draft Mode twin (every page), a location's by its `:slug`. */
const PAGES_WITH_TWINS: PageRoute[] = [...FIXED_PAGES, { page: 'location', slug: ':slug' }]

/**
 * A language's address prefix as a next.config.ts path parameter: a BCP 47 tag's language, script
 * and region (`es`, `zh-hant`, `es-419`), so it never matches a page's own first segment
 * (`portal`, `no-such-page`) or a file (`sitemap.xml`). The twin then checks that it is a live
 * language (else 404).
 */
const LANGUAGE_PARAM = ':lang([a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?)'

/** `/preview/<lang>` + the English path: where a twin lives (`app/preview/[lang]/…`). */
function twinPath(key: PageRoute, lang: string): string {
  const path = pagePath(key)
  return `${DRAFT_TWIN_PREFIX}/${lang}${path === '/' ? '' : path}`
}

interface Rewrite {
  source: string
  destination: string
  has: { type: 'cookie'; key: string }[]
}

/**
 * next.config.ts `rewrites().beforeFiles`: a request carrying the Draft Mode cookie goes to the
 * twin, the English page (`/portal`) to `/preview/en/portal`, the same page in another language
 * (`/es/portal`) to `/preview/es/portal`: one twin per page, for every language. The twin checks
 * the cookie itself (a stale one is cleared and sent back to the page).
 */
export function draftTwinRewrites(): Rewrite[] {
  const has = [{ type: 'cookie' as const, key: DRAFT_MODE_COOKIE }]
  return PAGES_WITH_TWINS.flatMap((key) => [
    { source: pagePath(key), destination: twinPath(key, DEFAULT_LANGUAGE), has },
    { source: pagePath(key, LANGUAGE_PARAM), destination: twinPath(key, ':lang'), has },
  ])
}
