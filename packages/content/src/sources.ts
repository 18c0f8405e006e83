import { appendFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { text } from 'node:stream/consumers'
import { gunzipSync } from 'node:zlib'
import { createClient, type ResponseQueryOptions, type SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { extract } from 'tar-stream'
import type { ContentEnv } from './env'
import { SITE_QUERY } from './queries'
import type { SITE_QUERY_RESULT } from './sanity.types'

/** `published` for builds; `drafts` (drafts overlaid on published documents) for preview. */
export type Perspective = 'published' | 'drafts'

/** A raw Sanity document as stored: at least an `_id` and a `_type`. */
export interface RawDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** Where content comes from: a Sanity project or a local dataset file, behind one interface. */
export interface ContentSource {
  /** Names the source for people, e.g. a file path or `Sanity project abc123, dataset production`. */
  description: string
  /**
   * Runs `SITE_QUERY` in `perspective`; `tags` label the request for Next.js's data cache. The
   * result is `unknown` on purpose: stored documents need not obey the Studio schema (a local
   * file, an API write), so `checkSite` checks every value rather than trusting a type.
   */
  fetchSite(perspective: Perspective, options?: { tags?: string[] }): Promise<unknown>
}

/**
 * Creates the content source the environment selects. A local dataset file is evaluated with
 * groq-js and read on every call, so edits show up without a restart.
 */
export function createContentSource(env: ContentEnv): ContentSource {
  const source: ContentSource =
    env.mode === 'sanity'
      ? createSanitySource(env)
      : {
          description: env.datasetPath,
          fetchSite: async (perspective) =>
            runQuery(SITE_QUERY, applyPerspective(await readDataset(env.datasetPath), perspective)),
        }
  const logFile = env.queryLog
  if (!logFile) return source
  return {
    description: source.description,
    fetchSite(perspective, options) {
      // Appending keeps each line whole even when several build workers write at once.
      appendFileSync(
        logFile,
        `${new Date().toISOString()} pid=${process.pid} perspective=${perspective} source=${source.description}\n`,
      )
      return source.fetchSite(perspective, options)
    },
  }
}

/** The settings of a Sanity project as the site reads it. */
export type SanityContentEnv = Extract<ContentEnv, { mode: 'sanity' }>

/**
 * A `@sanity/client` for the project in `env` reading `perspective` from the Content Lake itself
 * (no CDN, which can lag behind a publish), with the site's token and API version. `maxRetries`
 * must be set here: the client's `withConfig` keeps the retries it was created with.
 */
export function createSanityClient(
  env: SanityContentEnv,
  perspective: Perspective,
  options: { maxRetries?: number } = {},
): SanityClient {
  return createClient({
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    projectId: env.projectId,
    dataset: env.dataset,
    apiVersion: env.apiVersion,
    useCdn: false,
    perspective,
    ...(env.token === undefined ? {} : { token: env.token }),
    ...(env.apiHost === undefined ? {} : { apiHost: env.apiHost, useProjectHostname: false }),
  })
}

function createSanitySource(env: SanityContentEnv): ContentSource {
  const description = `Sanity project ${env.projectId}, dataset ${env.dataset}`
  return {
    description,
    async fetchSite(perspective, { tags } = {}) {
      if (perspective === 'drafts' && env.token === undefined) {
        throw new Error(
          `Draft preview needs a read token: set SANITY_API_READ_TOKEN (a Viewer token from sanity.io/manage) on the server. (${description})`,
        )
      }
      // `next` is typed only where Next.js augments `RequestInit`; the client passes it through to fetch.
      const options = { perspective, ...(tags && { next: { tags } }) } as ResponseQueryOptions
      const client = createSanityClient(env, perspective)
      // Typed by Sanity TypeGen (sanity.types.ts): what the Studio schema promises this query returns.
      const result: SITE_QUERY_RESULT = await client.fetch(SITE_QUERY, {}, options)
      return result
    },
  }
}

/** Evaluates a GROQ query against in-memory documents with groq-js, Sanity's own GROQ engine. */
export async function runQuery(
  query: string,
  documents: readonly RawDocument[],
  params: Record<string, unknown> = {},
) {
  const result = await evaluate(parse(query, { params }), { dataset: documents, params })
  return result.get() as Promise<unknown>
}

const DRAFTS_PREFIX = 'drafts.'

/**
 * Applies a perspective, which groq-js lacks: `published` drops drafts (and release versions);
 * `drafts` puts each `drafts.X` in place of `X` under the id `X`, keeping drafts never published.
 */
export function applyPerspective(
  documents: readonly RawDocument[],
  perspective: Perspective,
): RawDocument[] {
  const published = documents.filter(
    (doc) => !doc._id.startsWith(DRAFTS_PREFIX) && !doc._id.startsWith('versions.'),
  )
  if (perspective === 'published') return published
  const drafts = new Map<string, RawDocument>()
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFTS_PREFIX)) continue
    const id = doc._id.slice(DRAFTS_PREFIX.length)
    drafts.set(id, { ...doc, _id: id })
  }
  const publishedIds = new Set(published.map((doc) => doc._id))
  return [
    ...published.map((doc) => drafts.get(doc._id) ?? doc),
    ...[...drafts.values()].filter((draft) => !publishedIds.has(draft._id)),
  ]
}

/** An error about the dataset file at `path` (the messages all start alike). */
const unreadable = (path: string, why: string, cause?: unknown) =>
  new Error(`Cannot read the dataset file ${path}: ${why}`, { cause })

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'there is no file at this path',
  EACCES: 'permission to read it was denied',
  EISDIR: 'it is a folder, not a file',
}

/**
 * Reads a dataset file in Sanity's export format: `.ndjson` (one document per line) or the
 * `.tar.gz` that `sanity dataset export` writes (its `data.ndjson` is read; assets are ignored).
 * Throws an Error naming the file, and the line for a malformed line.
 */
export async function readDataset(path: string): Promise<RawDocument[]> {
  const lower = path.toLowerCase()
  const isNdjson = lower.endsWith('.ndjson')
  if (!isNdjson && !lower.endsWith('.tar.gz') && !lower.endsWith('.tgz')) {
    throw unreadable(path, 'it must be a Sanity dataset export, ending in .ndjson or .tar.gz.')
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = READ_ERRORS[code ?? ''] ?? `it could not be read (${code ?? String(error)})`
    throw unreadable(path, `${why}. Check CONTENT_DATASET or --dataset.`, error)
  }
  return isNdjson ? parseNdjson(bytes.toString('utf8'), path) : tarballDocuments(bytes, path)
}

/** The documents of the first `data.ndjson` in a `.tar.gz` export. */
async function tarballDocuments(bytes: Buffer, path: string): Promise<RawDocument[]> {
  let tar: Buffer
  try {
    tar = gunzipSync(bytes)
  } catch (error) {
    throw unreadable(path, 'it is not a valid .tar.gz file (it could not be unzipped).', error)
  }
  const extractor = extract()
  extractor.end(tar)
  let found: { name: string; text: string } | undefined
  try {
    // The whole archive is read, so a damaged end is refused even after data.ndjson.
    for await (const entry of extractor) {
      const { type, name } = entry.header
      if (found === undefined && type === 'file' && basename(name) === 'data.ndjson') {
        found = { name, text: await text(entry) }
      } else entry.resume()
    }
  } catch (error) {
    throw unreadable(path, `the archive inside is damaged (${String(error)}).`, error)
  }
  if (found === undefined) {
    throw unreadable(
      path,
      'it has no data.ndjson inside. Use the .tar.gz that "sanity dataset export" writes.',
    )
  }
  return parseNdjson(found.text, `${path} (${found.name})`)
}

/** Parses NDJSON text into documents; `name` is the file name used in error messages. */
export function parseNdjson(text: string, name: string): RawDocument[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.trim()
    if (line === '') return []
    const invalid = (why: string, cause?: unknown) =>
      new Error(`The dataset file ${name}, line ${index + 1} is not a valid document: ${why}`, {
        cause,
      })
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw invalid(
        `it is not well-formed JSON (${(error as Error).message}). Each line must be one complete JSON object.`,
        error,
      )
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw invalid('each line must be one JSON object.')
    }
    const { _id, _type } = doc as Record<string, unknown>
    if (typeof _id !== 'string' || _id === '' || typeof _type !== 'string' || _type === '') {
      throw invalid('it has no "_id" or no "_type".')
    }
    return [withAssetReferences(doc) as RawDocument]
  })
}

// What `sanity dataset export` writes for an uploaded image: the file it put in the archive.
const EXPORTED_IMAGE = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+x\d+)\.([a-z0-9]+)$/

/**
 * `value` with each image as a dataset stores it. An export replaces an image's asset reference
 * with the file it wrote (`_sanityAsset: "image@file://./images/<sha1>-<W>x<H>.<ext>"`); Sanity
 * names an asset by that hash and size, so the reference (`image-<sha1>-<W>x<H>-<ext>`) is put
 * back and the same queries read an export and a Content Lake alike. The file is then looked for
 * in `images/` beside the dataset file (an unpacked export).
 */
function withAssetReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withAssetReferences)
  if (typeof value !== 'object' || value === null) return value
  const { _sanityAsset: exported, ...rest } = value as Record<string, unknown>
  const fields = Object.fromEntries(
    Object.entries(rest).map(([key, child]) => [key, withAssetReferences(child)]),
  )
  const match = typeof exported === 'string' ? EXPORTED_IMAGE.exec(exported) : null
  if (match === null) return exported === undefined ? fields : { ...fields, _sanityAsset: exported }
  const [, hash, size, extension] = match
  return { ...fields, asset: { _type: 'reference', _ref: `image-${hash}-${size}-${extension}` } }
}
