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

/** Published sample documents by `_id`, deep-copied so a test can break them freely. */
// Fixtures are deliberately broken documents: `any` lets a test set any field to anything.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function sampleDocs(): Promise<Record<string, any>> {
  const docs = applyPerspective(await readDataset(SAMPLE_PATH), 'published')
  return Object.fromEntries(docs.map((doc) => [doc._id, structuredClone(doc)]))
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
