import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { z } from 'zod'
import { isImageFile, type ImageSource } from './brand'
import { DEFAULT_SANITY_API_VERSION } from './queries'

/**
 * The one place this package reads the environment. Server-only: it can return the Sanity read
 * token, so never import it (or anything that calls it) from a client component.
 */

/** The sample dataset, relative to the repository root. */
export const SAMPLE_DATASET_PATH = 'packages/content/sample/clinic.ndjson'

export type ContentEnv = (
  | {
      mode: 'sanity'
      projectId: string
      dataset: string
      apiVersion: string
      token?: string
      /**
       * The API host instead of `https://api.sanity.io`, with the project id sent as a header.
       * Never read from the environment: the tests point it at a local server.
       */
      apiHost?: string
    }
  | { mode: 'local'; datasetPath: string }
) & {
  siteUrl?: string
  /** `DOORWAY_QUERY_LOG`: a file each content query appends a line to (the bench counts them). */
  queryLog?: string
}

type EnvInput = Record<string, string | undefined>

// An empty variable (`FOO=` in a .env file) means "not set", not "set to nothing".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  )

const envSchema = z.object({
  SANITY_PROJECT_ID: optional(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
      error:
        'must be a Sanity project id: lower-case letters, digits and dashes (see sanity.io/manage).',
    }),
  ),
  SANITY_DATASET: optional(
    z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, {
      error:
        'must be a dataset name: lower-case letters, digits, "_" and "-", at most 64 characters.',
    }),
  ),
  SANITY_API_VERSION: optional(
    z.string().regex(/^v?\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2025-09-01.' }),
  ),
  SANITY_API_READ_TOKEN: optional(z.string()),
  CONTENT_DATASET: optional(z.string()),
  DOORWAY_QUERY_LOG: optional(z.string()),
  SITE_URL: optional(
    z.string().transform((value, ctx) => {
      const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null
      const why = siteUrlProblem(url, value)
      if (url !== null && why === null) return url.origin
      const message = `${why} Set it to the site's public address only, like https://www.yourclinic.org.`
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    }),
  ),
})

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Why `SITE_URL` (`value`, parsed as `url`) is not the deployed site's origin
 * (`https://www.yourclinic.org`, no trailing slash), or null. Only an origin will do: https (http
 * only for this machine), no user name or password, no path, query or fragment, since canonical
 * URLs, the sitemap and JSON-LD ids are built by appending a path to it.
 */
function siteUrlProblem(url: URL | null, value: string): string | null {
  if (url === null) return 'must be the absolute address of the deployed site.'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    return 'must start with https:// (http:// only for localhost).'
  }
  if (url.username !== '' || url.password !== '') {
    return 'must not contain a user name or password (the part before an @).'
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(value)) {
    return 'must not have a path, a query (?…) or a fragment (#…).'
  }
  return null
}

/** Walks up from `start` to the first directory holding the sample dataset: the repository root. */
export function findRepoRoot(start: string = process.cwd()): string | null {
  // The ignore comments stop Next.js from tracing the whole repository into the server output.
  const dir = resolve(/*turbopackIgnore: true*/ start)
  if (existsSync(/*turbopackIgnore: true*/ join(dir, SAMPLE_DATASET_PATH))) return dir
  return dirname(dir) === dir ? null : findRepoRoot(dirname(dir))
}

/**
 * Resolves a dataset path: absolute as is; relative against `cwd` first, then against the
 * repository root (so `CONTENT_DATASET=x npm start` from the root works although Next.js runs in
 * `apps/web`). A path found in neither place resolves against `cwd`, so the error names it there.
 */
function resolveDatasetPath(path: string, cwd: string): string {
  if (isAbsolute(path)) return path
  const fromCwd = resolve(cwd, path)
  if (existsSync(/*turbopackIgnore: true*/ fromCwd)) return fromCwd
  // Only now is the repository root looked for: a path found in `cwd` needs no walk up.
  const root = findRepoRoot(cwd)
  const fromRoot = root === null ? null : resolve(root, path)
  return fromRoot !== null && existsSync(/*turbopackIgnore: true*/ fromRoot) ? fromRoot : fromCwd
}

/**
 * Reads and validates the content environment; throws a `TypeError` listing every bad variable.
 * `SANITY_PROJECT_ID` selects Sanity; otherwise the local dataset file `CONTENT_DATASET`
 * (default: the repository's sample dataset).
 */
export function readContentEnv(
  env: EnvInput = process.env,
  cwd: string = process.cwd(),
): ContentEnv {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${String(issue.path[0])} ${issue.message}`)
    throw new TypeError(
      `Some content settings (environment variables) are not valid:\n${lines.join('\n')}`,
      { cause: parsed.error },
    )
  }
  const vars = parsed.data
  const extras = {
    ...(vars.SITE_URL === undefined ? {} : { siteUrl: vars.SITE_URL }),
    ...(vars.DOORWAY_QUERY_LOG === undefined ? {} : { queryLog: vars.DOORWAY_QUERY_LOG }),
  }

  if (vars.SANITY_PROJECT_ID !== undefined) {
    return {
      mode: 'sanity',
      projectId: vars.SANITY_PROJECT_ID,
      dataset: vars.SANITY_DATASET ?? 'production',
      apiVersion: vars.SANITY_API_VERSION ?? DEFAULT_SANITY_API_VERSION,
      ...(vars.SANITY_API_READ_TOKEN === undefined ? {} : { token: vars.SANITY_API_READ_TOKEN }),
      ...extras,
    }
  }

  // Relative, the sample is found in the repository root, above `cwd` (one walk up, not two).
  const datasetPath = resolveDatasetPath(vars.CONTENT_DATASET ?? SAMPLE_DATASET_PATH, cwd)
  if (vars.CONTENT_DATASET === undefined && !existsSync(/*turbopackIgnore: true*/ datasetPath)) {
    throw new TypeError(
      `No content source is configured. Set SANITY_PROJECT_ID for a Sanity project, or CONTENT_DATASET to a dataset file (.ndjson or .tar.gz). The sample dataset (${SAMPLE_DATASET_PATH}) was not found above ${cwd}.`,
    )
  }
  return { mode: 'local', datasetPath, ...extras }
}

/**
 * The content environment for checking one dataset file (`check --dataset FILE`): only
 * `SITE_URL` is read, since no other setting applies to a file. Throws a `TypeError` when
 * `SITE_URL` is not valid.
 */
export function readDatasetFileEnv(
  path: string,
  env: EnvInput = process.env,
  cwd: string = process.cwd(),
): ContentEnv {
  // Resolved here, the path is never empty, so it cannot fall back to the sample.
  const datasetPath = resolveDatasetPath(path, cwd)
  return readContentEnv({ SITE_URL: env.SITE_URL, CONTENT_DATASET: datasetPath }, cwd)
}

/** Where the content's image files (the logo) are served from: Sanity's CDN, or this site. */
export function imageSource(env: ContentEnv): ImageSource {
  return env.mode === 'sanity'
    ? { kind: 'sanity', projectId: env.projectId, dataset: env.dataset }
    : { kind: 'local' }
}

/**
 * In local mode, the file on disk behind `localImagePath(file)`: `images/<file>` next to the
 * dataset file (the layout of an unpacked Sanity export). Null in Sanity mode and for any name
 * that is not an image asset's file name, so no other path can be read.
 */
export function localImageFile(env: ContentEnv, file: string): string | null {
  if (env.mode !== 'local' || !isImageFile(file)) return null
  return join(dirname(env.datasetPath), 'images', file)
}
