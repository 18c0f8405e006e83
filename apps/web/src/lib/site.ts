import 'server-only'
import { loadSite, type ContentProblem } from '@doorway/content'
import type { SiteContent } from '@doorway/content/site'
import { cache } from 'react'
import { hasDraftSession } from './draft-cookies'
import { webEnv } from './env'
import { readPublishedSite } from './published-content'

/**
 * Content for what stays in the App Router: the Draft Mode twins of the pages and the sitemap.
 * Published pages are Pages Router pages and read `published-content.ts` in `getStaticProps`.
 *
 * - Published (the sitemap, and a twin opened without a Draft Mode session): `readPublishedSite`.
 * - Draft Mode: the `drafts` perspective, read fresh on every request and never cached; problems
 *   come back as data so the preview can show them instead of crashing.
 */

export type SiteResult =
  | { draft: boolean; ok: true; content: SiteContent; source: string }
  | { draft: true; ok: false; problems: ContentProblem[]; source: string }

/** The published site content; throws `ContentProblemsError` when it is invalid. */
export const getPublishedSite = cache(readPublishedSite)

/** Published content, or in Draft Mode the drafts with their problems as data. */
export const getSiteOrProblems = cache(async (): Promise<SiteResult> => {
  // Draft Mode counts only with a live session (an hour, signed with the current secret).
  if (!(await hasDraftSession())) {
    return { draft: false, ok: true, content: await getPublishedSite(), source: 'published' }
  }
  const result = await loadSite({ perspective: 'drafts', env: webEnv().content })
  return result.ok
    ? { draft: true, ok: true, content: result.content, source: result.source }
    : { draft: true, ok: false, problems: result.problems, source: result.source }
})

/**
 * The content a page or its metadata renders: published, or drafts in Draft Mode. Null when the
 * drafts have problems: the root layout then shows them instead of the page, so the page and its
 * metadata render nothing rather than fail (a failed `generateMetadata` would drop `noindex`).
 */
export async function getPageContent(): Promise<SiteContent | null> {
  const result = await getSiteOrProblems()
  return result.ok ? result.content : null
}
