import { checkSite, type ContentProblem } from './check'
import { imageSource, readContentEnv, type ContentEnv } from './env'
import { DOCUMENT_TYPES, type DocumentType } from './model'
import type { SiteContent } from './site'
import { SITE_QUERY_LISTS } from './queries'
import { createContentSource, type Perspective } from './sources'

export interface LoadSiteOptions {
  /** `published` (the default) for builds, `drafts` for preview. */
  perspective?: Perspective
  /** Defaults to `readContentEnv()`. */
  env?: ContentEnv
  /** Cache tags for Next.js's data cache (Sanity source only). */
  tags?: string[]
}

export type LoadSiteResult =
  | { ok: true; content: SiteContent; source: string; counts: Record<DocumentType, number> }
  | { ok: false; problems: ContentProblem[]; source: string; counts: Record<DocumentType, number> }

function countResult(result: unknown): Record<DocumentType, number> {
  const counts = {} as Record<DocumentType, number>
  for (const type of DOCUMENT_TYPES) {
    const list =
      typeof result === 'object' && result !== null
        ? (result as Record<string, unknown>)[SITE_QUERY_LISTS[type]]
        : null
    counts[type] = Array.isArray(list) ? list.length : 0
  }
  return counts
}

/**
 * Reads the whole site from the configured source with `SITE_QUERY` and checks it. Source errors
 * (a missing file, a malformed line, Sanity unreachable) throw; content problems are returned.
 */
export async function loadSite(options: LoadSiteOptions = {}): Promise<LoadSiteResult> {
  const env = options.env ?? readContentEnv()
  const source = createContentSource(env)
  const result = await source.fetchSite(
    options.perspective ?? 'published',
    options.tags ? { tags: options.tags } : {},
  )
  const counts = countResult(result)
  const checked = checkSite(result, {
    siteUrl: env.siteUrl ?? null,
    source: env.mode,
    images: imageSource(env),
  })
  return checked.ok
    ? { ok: true, content: checked.content, source: source.description, counts }
    : { ok: false, problems: checked.problems, source: source.description, counts }
}
