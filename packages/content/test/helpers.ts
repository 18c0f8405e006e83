import { join } from 'node:path'
import {
  applyPerspective,
  checkSite,
  readDataset,
  runQuery,
  SITE_QUERY,
  type RawDocument,
} from '../src'

export const SAMPLE_PATH = join(__dirname, '..', 'sample', 'clinic.ndjson')

/**
 * Published sample documents by `_id`, deep-copied so a test can break them freely. Unless
 * `languages` is set, the clinic's site languages are removed: an English-only site, where a
 * test may write plain English text into a translated field (read as its English text).
 */
export async function sampleDocs({ languages = false } = {}): Promise<
  // Fixtures are deliberately broken documents: `any` lets a test set any field to anything.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Record<string, any>
> {
  const docs = applyPerspective(await readDataset(SAMPLE_PATH), 'published')
  const byId = Object.fromEntries(docs.map((doc) => [doc._id, structuredClone(doc)]))
  if (!languages) delete byId.clinic?.siteLanguages
  return byId
}

/** Runs SITE_QUERY over the (modified) documents and checks the result. */
export async function check(
  docs: Record<string, unknown>,
  options: { siteUrl?: string | null } = {},
) {
  return checkSite(await runQuery(SITE_QUERY, Object.values(docs) as RawDocument[]), options)
}

/** The problems `check` finds, as `{ documentId, path, message }`. */
export async function problemsOf(
  docs: Record<string, unknown>,
  options: { siteUrl?: string | null } = {},
) {
  const result = await check(docs, options)
  return result.ok
    ? []
    : result.problems.map(({ documentId, path, message }) => ({ documentId, path, message }))
}
