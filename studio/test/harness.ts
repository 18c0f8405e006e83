import {
  localImageFile,
  readDataset,
  runQuery,
  SAMPLE_DATASET_PATH,
  findRepoRoot,
  type RawDocument,
} from '@doorway/content'
import { parseImageRef } from '@doorway/content/brand'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  createSchema,
  createWorkspaceFromConfig,
  getVersionFromId,
  getVersionId,
  pathToString,
  validateDocument,
  type CurrentUser,
  type SanityClient,
  type SanityDocument,
  type Schema,
  type SchemaTypeDefinition,
  type Workspace,
} from 'sanity'
import { API_VERSION, type StudioEnv } from '../env'
import { translatedFields } from '../languages'
import type { TranslatedValue } from '../validation/translated'
import { studioConfig } from '../sanity.config'
import { schemaTypes } from '../schemaTypes'

/** The Studio's real schema, compiled as the Studio compiles it: its types and the translated fields' plugin's. */
export const schema: Schema = createSchema({
  name: 'default',
  types: [...schemaTypes, ...(translatedFields.schema?.types as SchemaTypeDefinition[])],
})

/** A configured environment with a project and a preview site, as an office manager's Studio has. */
export const CONFIGURED_ENV: StudioEnv = {
  projectId: 'test1234',
  dataset: 'production',
  previewUrl: 'http://localhost:3000',
}

const CURRENT_USER: CurrentUser = {
  id: 'office-manager',
  name: 'Office manager',
  email: 'office@example.com',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

/**
 * A client standing in for the Content Lake: it answers GROQ by running it with groq-js over
 * `dataset`, which holds drafts, release copies and published documents side by side, as the raw
 * perspective shows them. A validator asking for another perspective would see something else
 * in the Studio, so that is refused.
 */
export function datasetClient(dataset: readonly RawDocument[]): SanityClient {
  const client = {
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
    // Anything but a query (the Studio sending its schema, say) has nowhere to go.
    request: async () => {
      throw new Error('The test client is offline.')
    },
    withConfig: () => client,
    // What the Studio reads from a client's config when it sets up (its live-update socket).
    config: () => ({
      projectId: 'test1234',
      dataset: 'production',
      url: `https://test1234.api.sanity.io/v${API_VERSION}`,
    }),
  }
  return client as unknown as SanityClient
}

/**
 * The Studio's workspace, resolved by Sanity's own `createWorkspaceFromConfig` from
 * `studioConfig` (the config `sanity.config.ts` exports): its templates, document actions,
 * "Create new" options, tools and messages are the ones an office manager gets. Nothing is
 * fetched: its client is a `datasetClient` over an empty dataset.
 */
export async function studioWorkspace(
  env: StudioEnv = CONFIGURED_ENV,
  { dev = false }: { dev?: boolean } = {},
): Promise<Workspace> {
  const client = datasetClient([])
  const workspace = await createWorkspaceFromConfig({
    ...studioConfig(env, { dev }),
    currentUser: CURRENT_USER,
    getClient: () => client,
  })
  // Sanity loads its messages, and prepares the schema to send to the project, in the
  // background; wait for both, so nothing runs after the tests have ended. (Sending fails: the
  // client is offline.)
  await workspace.i18n.loadNamespaces(['studio', 'validation', 'structure'])
  await (
    workspace.__internal as { schemaDescriptorId?: Promise<unknown> }
  ).schemaDescriptorId?.catch(() => undefined)
  return workspace
}

let validationWorkspace: Promise<Workspace> | undefined

/** Whether the sample holds the image asset `id` (`image-<sha1>-<W>x<H>-<ext>`): its file in `images/`. */
function sampleImageExists(id: string): boolean {
  const asset = parseImageRef(id)
  const root = findRepoRoot()
  if (asset === null || root === null) return false
  const env = { mode: 'local' as const, datasetPath: join(root, SAMPLE_DATASET_PATH) }
  const file = localImageFile(env, asset.file)
  return file !== null && existsSync(file)
}

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
 * Validates `document` with Sanity's own `validateDocument`, in the Studio's real workspace (its
 * schema and its messages). The validators' GROQ look-ups (the vendor's domains, the clinic's
 * hosts, other slugs) go to a `datasetClient` over `dataset`, so they see exactly what they
 * would see in a Content Lake holding that dataset.
 */
export async function validate(
  document: RawDocument,
  dataset: readonly RawDocument[],
  environment: 'studio' | 'cli' = 'studio',
): Promise<Marker[]> {
  validationWorkspace ??= studioWorkspace()
  const client = datasetClient(dataset)
  const markers = await validateDocument({
    document: document as SanityDocument,
    workspace: await validationWorkspace,
    getClient: () => client,
    // `studio` is what editors see. `cli` (what `sanity documents validate` uses) also warns about
    // fields the schema does not declare, but re-runs object fields' rules as warnings.
    environment,
    // As in the Studio: a reference counts when its document is published, or, for a copy in a
    // release, when the same release holds a copy of it.
    getDocumentExists: async ({ id }) => {
      // An uploaded image (the logo) is an asset document; the sample keeps its file instead.
      if (id.startsWith('image-')) return sampleImageExists(id)
      const release = getVersionFromId(document._id)
      return dataset.some(
        (doc) => doc._id === id || (release !== undefined && doc._id === getVersionId(id, release)),
      )
    },
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

/** Writes `text` in one language's box of a translated field (English by default); the others stay. */
export function setText(values: unknown, text: unknown, language = 'en'): void {
  const item = (values as TranslatedValue[]).find((value) => value.language === language)
  if (item === undefined) throw new Error(`This translated field has no ${language} value.`)
  item.value = text
}
