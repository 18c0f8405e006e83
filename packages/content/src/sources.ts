import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { createClient, type ResponseQueryOptions, type SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { extract } from 'tar-stream'
import type { ContentEnv } from './env'
import { withQueryLog } from './query-log'
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

/** Creates the content source the environment selects. */
export function createContentSource(env: ContentEnv): ContentSource {
  return withQueryLog(
    env.mode === 'sanity' ? createSanitySource(env) : createLocalSource(env.datasetPath),
    env.queryLog,
  )
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
    async fetchSite(perspective, options = {}) {
      if (perspective === 'drafts' && env.token === undefined) {
        throw new Error(
          `Draft preview needs a read token: set SANITY_API_READ_TOKEN (a Viewer token from sanity.io/manage) on the server. (${description})`,
        )
      }
      const client = createSanityClient(env, perspective)
      // `next` is typed only where Next.js augments `RequestInit`; the client passes it through to fetch.
      const fetchOptions = {
        perspective,
        ...(options.tags === undefined ? {} : { next: { tags: options.tags } }),
      } as unknown as ResponseQueryOptions
      // Typed by Sanity TypeGen (sanity.types.ts): what the Studio schema promises this query returns.
      const result: SITE_QUERY_RESULT = await client.fetch(SITE_QUERY, {}, fetchOptions)
      return result
    },
  }
}

/** A local dataset file evaluated with groq-js. The file is read on every call so edits show up. */
export function createLocalSource(datasetPath: string): ContentSource {
  return {
    description: datasetPath,
    async fetchSite(perspective) {
      const documents = applyPerspective(await readDataset(datasetPath), perspective)
      return runQuery(SITE_QUERY, documents)
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
  const isVersion = (id: string) => id.startsWith('versions.')
  const published = documents.filter(
    (doc) => !doc._id.startsWith(DRAFTS_PREFIX) && !isVersion(doc._id),
  )
  if (perspective === 'published') return published

  const drafts = new Map<string, RawDocument>()
  for (const doc of documents) {
    if (doc._id.startsWith(DRAFTS_PREFIX)) {
      const id = doc._id.slice(DRAFTS_PREFIX.length)
      drafts.set(id, { ...doc, _id: id })
    }
  }
  const overlaid = published.map((doc) => drafts.get(doc._id) ?? doc)
  const publishedIds = new Set(published.map((doc) => doc._id))
  for (const [id, draft] of drafts) if (!publishedIds.has(id)) overlaid.push(draft)
  return overlaid
}

/** An error about the dataset file at `path` (the messages all start alike). */
function unreadable(path: string, why: string, cause?: unknown): Error {
  return new Error(
    `Cannot read the dataset file ${path}: ${why}`,
    cause === undefined ? undefined : { cause },
  )
}

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
  if (isNdjson) return parseNdjson(bytes.toString('utf8'), path)
  const { name, text } = await ndjsonFromTarball(bytes, path)
  return parseNdjson(text, `${path} (${name})`)
}

async function ndjsonFromTarball(
  bytes: Buffer,
  path: string,
): Promise<{ name: string; text: string }> {
  let tar: Buffer
  try {
    tar = gunzipSync(bytes)
  } catch (error) {
    throw unreadable(path, 'it is not a valid .tar.gz file (it could not be unzipped).', error)
  }
  const found: { name: string; text: string }[] = []
  const extractor = extract()
  const done = new Promise<void>((resolvePromise, reject) => {
    extractor.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = []
      const wanted = header.type === 'file' && basename(header.name) === 'data.ndjson'
      stream.on('data', (chunk: unknown) => {
        if (wanted) chunks.push(chunk as Buffer)
      })
      stream.on('end', () => {
        if (wanted) found.push({ name: header.name, text: Buffer.concat(chunks).toString('utf8') })
        next()
      })
      stream.on('error', reject)
    })
    extractor.on('finish', () => resolvePromise())
    extractor.on('error', reject)
  })
  extractor.end(tar)
  try {
    await done
  } catch (error) {
    throw unreadable(path, `the archive inside is damaged (${String(error)}).`, error)
  }
  const [first] = found
  if (first === undefined) {
    throw unreadable(
      path,
      'it has no data.ndjson inside. Use the .tar.gz that "sanity dataset export" writes.',
    )
  }
  return first
}

/** Parses NDJSON text into documents; `name` is the file name used in error messages. */
export function parseNdjson(text: string, name: string): RawDocument[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.trim()
    if (line === '') return []
    const invalid = (why: string, cause?: unknown) =>
      new Error(
        `The dataset file ${name}, line ${index + 1} is not a valid document: ${why}`,
        cause === undefined ? undefined : { cause },
      )
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
  const match = typeof exported === 'string' ? EXPORTED_IMAGE.exec(exported) : null
  const fields = Object.entries(rest).map(([key, child]) => [key, withAssetReferences(child)])
  if (match === null)
    return Object.fromEntries(
      exported === undefined ? fields : [...fields, ['_sanityAsset', exported]],
    )
  const [, hash, size, extension] = match
  return Object.fromEntries([
    ...fields,
    ['asset', { _type: 'reference', _ref: `image-${hash}-${size}-${extension}` }],
  ])
}
