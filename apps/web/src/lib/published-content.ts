import { join } from 'node:path'
import { ContentProblemsError, loadSite, type LoadSiteResult } from '@doorway/content'
import type { SiteContent } from '@doorway/content/site'
import { buildMemoDir, contentBuildId, isNextBuild } from './build-constants'
import { oncePerBuild } from './build-memo'
import { createLastGood, type LastGood } from './last-good'
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
  content: SiteContent
  /** The render time (ISO), for the outage notice. */
  now: string
  /** The site's origin, for canonical URLs and JSON-LD ids. */
  siteUrl: string
}

/** `getStaticProps` of every published page: the content, the render time, re-rendered every five minutes. */
export async function publishedPageProps(): Promise<{
  props: PublishedPageProps
  revalidate: number
}> {
  // Props must be plain JSON (Next.js checks); the content already is, this makes sure.
  const content = JSON.parse(JSON.stringify(await readPublishedSite())) as SiteContent
  return {
    props: { content, now: new Date().toISOString(), siteUrl: webEnv().siteUrl },
    revalidate: REVALIDATE_SECONDS,
  }
}
