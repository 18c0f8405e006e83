import {
  readDataset,
  runQuery,
  SAMPLE_DATASET_PATH,
  findRepoRoot,
  type RawDocument,
} from '@doorway/content'
import { join } from 'node:path'
import {
  createSchema,
  pathToString,
  validateDocument,
  type SanityClient,
  type SanityDocument,
  type Schema,
  type Workspace,
} from 'sanity'
import { schemaTypes } from '../schemaTypes'

/** The Studio's real schema, compiled as the Studio compiles it. */
export const schema: Schema = createSchema({ name: 'default', types: schemaTypes })

/** The sample dataset every test starts from. */
export async function loadSample(): Promise<RawDocument[]> {
  const root = findRepoRoot()
  if (root === null) throw new Error('Run the tests from inside the repository.')
  return readDataset(join(root, SAMPLE_DATASET_PATH))
}

/** One validation message, with its path written as Sanity writes it (e.g. `portal.signInUrl`). */
export interface Marker {
  level: 'error' | 'warning' | 'info'
  path: string
  message: string
}

/**
 * Validates `document` with Sanity's own `validateDocument` against the real schema. The stub
 * workspace's client answers the validators' GROQ look-ups by running them with groq-js over
 * `dataset`, so reference look-ups (the vendor's domains, the clinic's hosts, other slugs)
 * see exactly what they would see in a Content Lake holding that dataset.
 */
export async function validate(
  document: RawDocument,
  dataset: readonly RawDocument[],
  environment: 'studio' | 'cli' = 'studio',
): Promise<Marker[]> {
  const client = {
    // The dataset holds drafts and published documents side by side, as the raw perspective shows
    // them; a validator asking for another perspective would see something else in the Studio.
    fetch: async (
      query: string,
      params: Record<string, unknown> = {},
      options: { perspective?: string } = {},
    ) => {
      if (options.perspective !== 'raw') {
        throw new Error(`Validators must query the raw perspective: ${query}`)
      }
      return runQuery(query, dataset, params)
    },
  } as unknown as SanityClient
  const workspace = { schema, getClient: () => client } as unknown as Workspace
  const markers = await validateDocument({
    document: document as SanityDocument,
    workspace,
    // `studio` is what editors see. `cli` (what `sanity documents validate` uses) also warns about
    // fields the schema does not declare, but re-runs object fields' rules as warnings.
    environment,
    getDocumentExists: async ({ id }) => dataset.some((doc) => doc._id === id),
  })
  return markers.map((marker) => ({
    level: marker.level,
    path: pathToString(marker.path),
    message: marker.message,
  }))
}

/** Errors only. */
export async function errorsOf(
  document: RawDocument,
  dataset: readonly RawDocument[],
): Promise<Marker[]> {
  return (await validate(document, dataset)).filter((marker) => marker.level === 'error')
}

/** A deep copy of the sample document with id `id`, for a test to change. */
export function copyOf(dataset: readonly RawDocument[], id: string): RawDocument {
  const found = dataset.find((doc) => doc._id === id)
  if (found === undefined) throw new Error(`The sample dataset has no document "${id}".`)
  return structuredClone(found)
}
