import { checkSite, type CheckResult } from './check'
import { imageSource, readContentEnv, type ContentEnv } from './env'
import { DOCUMENT_TYPES, type DocumentType } from './model'
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

export type LoadSiteResult = CheckResult & { source: string; counts: Record<DocumentType, number> }

/**
 * Reads the whole site from the configured source with `SITE_QUERY` and checks it. Source errors
 * (a missing file, a malformed line, Sanity unreachable) throw; content problems are returned.
 */
export async function loadSite(options: LoadSiteOptions = {}): Promise<LoadSiteResult> {
  const env = options.env ?? readContentEnv()
  const source = createContentSource(env)
  const result = await source.fetchSite(options.perspective ?? 'published', { tags: options.tags })
  const counts = Object.fromEntries(
    DOCUMENT_TYPES.map((type) => {
      const list = (result as Record<string, unknown> | null)?.[SITE_QUERY_LISTS[type]]
      return [type, Array.isArray(list) ? list.length : 0]
    }),
  ) as Record<DocumentType, number>
  const checked = checkSite(result, {
    siteUrl: env.siteUrl ?? null,
    source: env.mode,
    images: imageSource(env),
  })
  return { ...checked, source: source.description, counts }
}
