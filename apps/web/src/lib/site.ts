import 'server-only'
import {
  ContentProblemsError,
  DOCUMENT_TYPES,
  loadSite,
  type ContentProblem,
  type SiteContent,
} from '@doorway/content'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import { buildMemoDir, contentBuildId, isNextBuild } from './build-constants'
import { oncePerBuild } from './build-memo'
import { webEnv } from './env'

/**
 * The one place pages get content from.
 *
 * - Published (builds, and every normal visit): one content query per build, shared by every
 *   page through React's `cache` (per render) and Next's data cache (across pages and workers),
 *   tagged with `CONTENT_TAGS` so the webhook's `revalidateTag(tag, { expire: 0 })` refreshes it.
 *   Invalid content throws `ContentProblemsError`, which fails `next build` with the whole
 *   problem list (at run time the webhook refuses to expire the cache for invalid content).
 * - Draft Mode: the `drafts` perspective, read fresh on every request and never cached; problems
 *   come back as data so the preview can show them instead of crashing.
 */

/** Cache tags on the published content: one for everything, one per document type. */
export const CONTENT_TAGS = ['content', ...DOCUMENT_TYPES] as const

export type SiteResult =
  | { draft: boolean; ok: true; content: SiteContent; source: string }
  | { draft: true; ok: false; problems: ContentProblem[]; source: string }

/** Reads the published content, logging the source and document counts of every actual read. */
async function readPublished(): Promise<SiteContent> {
  const result = await oncePerBuild(
    `published-${contentBuildId()}`,
    async () => {
      const loaded = await loadSite({
        perspective: 'published',
        env: webEnv().content,
        tags: [...CONTENT_TAGS],
      })
      const counts = Object.entries(loaded.counts)
        .map(([type, n]) => `${type} ${n}`)
        .join(', ')
      console.info(`[doorway] Published content from ${loaded.source}: ${counts}.`)
      return loaded
    },
    { dir: buildMemoDir(), building: isNextBuild() },
  )
  if (!result.ok) throw new ContentProblemsError(result.problems)
  return result.content
}

// Keyed by build (see next.config.ts) and content source: a build never reuses an earlier build's content.
const cachedPublished = (source: string) =>
  unstable_cache(readPublished, ['doorway-site-content', 'published', contentBuildId(), source], {
    tags: [...CONTENT_TAGS],
  })()

/** The published site content; throws `ContentProblemsError` when it is invalid. */
export const getPublishedSite = cache(async (): Promise<SiteContent> => {
  return cachedPublished(contentSourceKey())
})

/** Published content, or in Draft Mode the drafts with their problems as data. */
export const getSiteOrProblems = cache(async (): Promise<SiteResult> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) {
    return { draft: false, ok: true, content: await getPublishedSite(), source: contentSourceKey() }
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

function contentSourceKey(): string {
  // The read token is no part of what content is read, and must not be written into cache keys.
  const { content } = webEnv()
  return JSON.stringify(content.mode === 'sanity' ? { ...content, token: undefined } : content)
}
