import { join } from 'node:path'
import { ContentProblemsError, loadSite, type LoadSiteResult } from '@doorway/content'
import type { Location, SiteContent } from '@doorway/content/site'
import { buildMemoDir, contentBuildId, isNextBuild } from './build-constants'
import { oncePerBuild } from './build-memo'
import { editionOf, languageAtPrefix, prefixedLanguages } from './editions'
import { createLastGood, type LastGood } from './last-good'
import { languagePrefix, type PageRoute } from './page-meta'
import { handoutQrSvg } from './qr-code'
import { webEnv } from './server-env'

/**
 * The published site content, for the published pages' `getStaticProps` (which Next.js removes
 * from the browser bundle, with everything only it imports) and the App Router's sitemap.
 *
 * During `next build` the first read is shared with every other page and worker through the
 * build memo: one content query per build. At run time, each re-render (after five minutes, or
 * when the webhook revalidates a page) reads afresh. Invalid content throws
 * `ContentProblemsError`: it fails `next build` with the whole problem list, and at run time Next
 * keeps serving the last good page (the webhook refuses invalid content before that).
 *
 * Not `server-only`: the Pages Router cannot import such a module. The lint rule
 * `client-boundary/no-server-modules-in-published-pages` allows it only in `src/pages`.
 */
export async function readPublishedSite(): Promise<SiteContent> {
  if (!isNextBuild()) return lastGood().read(loadPublished)
  const result = await oncePerBuild(`published-${contentBuildId()}`, loadPublished, {
    dir: buildMemoDir(),
    building: true,
  })
  if (!result.ok) throw new ContentProblemsError(result.problems)
  // What the build published is the first last good content of the server that runs it.
  lastGood().remember(result.content)
  return result.content
}

async function loadPublished(): Promise<LoadSiteResult> {
  const loaded = await loadSite({ perspective: 'published', env: webEnv().content })
  // The build says where its content came from; at run time every 404 reads content, and a line
  // per request would be noise (problems are logged by the last good content, once).
  if (isNextBuild()) {
    const counts = Object.entries(loaded.counts)
      .map(([type, n]) => `${type} ${n}`)
      .join(', ')
    console.info(`[doorway] Published content from ${loaded.source}: ${counts}.`)
  }
  return loaded
}

// On globalThis: Next.js loads each route's bundle with its own copy of this module, and the
// pages, the sitemap and the webhook must share one store per process.
const STORE = Symbol.for('doorway.last-good')
type WithStore = typeof globalThis & { [STORE]?: LastGood }

/**
 * This process's last good published content, kept on disk next to Next's own cache
 * (`<distDir>/cache/doorway-last-good.json`): a restarted server still has it, and the build
 * writes it first. `next start` and the standalone server both run from the app's folder.
 */
export function lastGood(): LastGood {
  const global = globalThis as WithStore
  global[STORE] ??= createLastGood({
    file: join(process.cwd(), webEnv().distDir, 'cache', 'doorway-last-good.json'),
  })
  return global[STORE]
}

/** Seconds after which a visit re-renders a published page in the background (see README). */
export const REVALIDATE_SECONDS = 300

/** What every published page gets from `getStaticProps`. */
export interface PublishedPageProps {
  /** One edition: every text in the page's language, `translations` empty (`editionOf`). */
  content: SiteContent
  /** The render time (ISO), for the outage notice. */
  now: string
  /** The site's origin, for canonical URLs and JSON-LD ids. */
  siteUrl: string
}

/** What some pages add to `PublishedPageProps`: the sign-up sheet its QR code, a location's page its location. */
export interface PageExtras {
  handout: { qrSvg: string }
  location: { location: Location }
}

/** The props of `key`'s page: `PublishedPageProps` and its extras. */
export type PagePropsOf<K extends PageRoute> = PublishedPageProps &
  (K['page'] extends keyof PageExtras ? PageExtras[K['page']] : object)

/** A `pages/[lang]/…` page's params: the language's address prefix (`es`); English pages have none. */
export type LanguageParams = { lang?: string } & Record<string, string | string[] | undefined>

/** What every page in `lang` (a live language of `site`, the main edition) gets. */
export function editionProps(
  site: SiteContent,
  lang: string,
  only: (edition: SiteContent) => SiteContent = (edition) => edition,
): PublishedPageProps {
  // Props must be plain JSON (Next.js checks); the content already is, this makes sure. Only
  // what the page gets (`only`) is copied: a copy of the whole site per page made the build's
  // time grow with the square of the number of locations.
  const content = JSON.parse(JSON.stringify(only(editionOf(site, lang)))) as SiteContent
  return { content, now: new Date().toISOString(), siteUrl: webEnv().siteUrl }
}

/**
 * The props of `key`'s page in `lang` (a live language of `site`, the main edition), or null
 * when there is no such page (a location not published). Only that page's edition goes in, and a
 * location's page gets its own location only: Next.js writes each page's props to its own data
 * file, so every location would make the build grow with the square of their number.
 */
export async function pagePropsFor<K extends PageRoute>(
  key: K,
  site: SiteContent,
  lang: string,
): Promise<PagePropsOf<K> | null> {
  switch (key.page) {
    case 'handout': {
      const props = editionProps(site, lang)
      // The QR code is made here, on the server, from the checked address the portal page links to.
      const qrSvg = await handoutQrSvg(props.content.portal.handout.href)
      return { ...props, qrSvg } as unknown as PagePropsOf<K>
    }
    case 'location': {
      const props = editionProps(site, lang, (edition) => ({
        ...edition,
        locations: edition.locations.filter((l) => l.slug === key.slug),
      }))
      const [location] = props.content.locations
      return location === undefined ? null : ({ ...props, location } as unknown as PagePropsOf<K>)
    }
    default:
      return editionProps(site, lang) as unknown as PagePropsOf<K>
  }
}

/**
 * `getStaticProps` of the page `keyOf` names for its params, written once for its English file
 * and its language twin (`pages/[lang]/…`, whose `lang` param picks the edition). Re-rendered
 * every five minutes. A language that is not (or no longer) live, or a location deleted since the
 * build, is a 404.
 */
export function publishedProps<K extends PageRoute>(keyOf: K | ((params: LanguageParams) => K)) {
  return async function getStaticProps(context: {
    params?: LanguageParams
  }): Promise<
    { props: PagePropsOf<K>; revalidate: number } | { notFound: true; revalidate: number }
  > {
    const params = context.params ?? {}
    const site = await readPublishedSite()
    const lang = params.lang === undefined ? site.language : languageAtPrefix(site, params.lang)
    const key = typeof keyOf === 'function' ? keyOf(params) : keyOf
    const props = lang === null ? null : await pagePropsFor(key, site, lang)
    if (props === null) return { notFound: true, revalidate: REVALIDATE_SECONDS }
    return { props, revalidate: REVALIDATE_SECONDS }
  }
}

/** A location page's params, one per published location. */
export function locationParams(site: SiteContent): { slug: string }[] {
  return site.locations.map(({ slug }) => ({ slug }))
}

/**
 * `getStaticPaths` of a `pages/[lang]/…` page: the prefix of every live language but the main
 * one, times `more` (a location page's slugs). `fallback: false`: any other address goes on to
 * `pages/[...path].tsx`, which draws the 404 (with no JavaScript, which a `notFound` from here
 * could not) or, on request, a page of a language made live since the build.
 */
export function languagePaths(more: (site: SiteContent) => Record<string, string>[] = () => [{}]) {
  return async function getStaticPaths(): Promise<{
    paths: { params: Record<string, string> }[]
    fallback: false
  }> {
    const site = await readPublishedSite()
    const paths = prefixedLanguages(site).flatMap((lang) =>
      more(site).map((params) => ({ params: { ...params, lang: languagePrefix(lang).slice(1) } })),
    )
    return { paths, fallback: false }
  }
}
