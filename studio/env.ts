import { DEFAULT_SANITY_API_VERSION } from '@doorway/content/queries'

/**
 * The Studio's environment, read and checked in one place. `sanity.config.ts`, `sanity.cli.ts`
 * and the scripts import it; nothing else reads `process.env`.
 *
 * Vite replaces each `process.env.SANITY_STUDIO_*` member access with its value when the Studio
 * is bundled, so the reads below must stay literal.
 */

/**
 * Stand-in project id for commands that need none (build, schema extract/validate, typegen).
 * It is never sent anywhere: `sanity.config.ts` refuses to start the Studio in a browser with it,
 * and `sanity.cli.ts` stops every command that talks to Sanity (see `commandNeedsProject`).
 */
export const PROJECT_ID_PLACEHOLDER = 'no-project-id-set'

/** What to tell someone who runs a command that needs a Sanity project without one. */
export const HOW_TO_SET_PROJECT_ID =
  'No Sanity project is configured. Copy studio/.env.example to studio/.env and set ' +
  'SANITY_STUDIO_PROJECT_ID to your project id (find it at https://www.sanity.io/manage, or create ' +
  'a project with `npx sanity projects create`). Then run the command again; for the Studio, restart ' +
  '`npm run dev` or rebuild it.'

// Sanity CLI commands that talk to a project; each stops at once, saying how to set one, when
// none is configured. `projects`, `login`, `init`, `build`, `schema extract`/`validate`,
// `typegen` and the rest need none.
const COMMANDS_NEEDING_A_PROJECT = new Set([
  'backup',
  'cors',
  'dataset',
  'deploy',
  'dev',
  'documents',
  'graphql',
  'hook',
  'tokens',
  'undeploy',
  'users',
])
const SUBCOMMANDS_NEEDING_A_PROJECT: Record<string, ReadonlySet<string>> = {
  migration: new Set(['run']),
  schema: new Set(['deploy', 'delete', 'list']),
}

/**
 * Whether the Sanity CLI command in `args` (the arguments after `sanity`) needs a project id
 * from the environment: it talks to a project and was not given `--project-id`.
 */
export function commandNeedsProject(args: readonly string[]): boolean {
  if (args.some((arg) => arg === '--project-id' || arg.startsWith('--project-id='))) return false
  const [command, subcommand] = args.filter((arg) => !arg.startsWith('-'))
  if (command === undefined) return false
  if (COMMANDS_NEEDING_A_PROJECT.has(command)) return true
  return (
    subcommand !== undefined && SUBCOMMANDS_NEEDING_A_PROJECT[command]?.has(subcommand) === true
  )
}

export interface StudioEnv {
  /** The Sanity project id, or `undefined` when none is configured. */
  projectId: string | undefined
  dataset: string
  /** Origin of the website's preview (e.g. `http://localhost:3000`), or `undefined`. */
  previewUrl: string | undefined
}

const PROJECT_ID = /^[a-z0-9][a-z0-9-]*$/
const DATASET = /^[a-z0-9][a-z0-9_-]{0,63}$/

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/** Checks raw environment values and returns them, or throws one error listing every bad variable. */
export function parseStudioEnv(raw: {
  SANITY_STUDIO_PROJECT_ID?: string | undefined
  SANITY_STUDIO_DATASET?: string | undefined
  SANITY_STUDIO_PREVIEW_URL?: string | undefined
}): StudioEnv {
  const problems: string[] = []
  const projectId = blankToUndefined(raw.SANITY_STUDIO_PROJECT_ID)
  const dataset = blankToUndefined(raw.SANITY_STUDIO_DATASET) ?? 'production'
  const previewUrl = blankToUndefined(raw.SANITY_STUDIO_PREVIEW_URL)

  if (
    projectId !== undefined &&
    (!PROJECT_ID.test(projectId) || projectId === PROJECT_ID_PLACEHOLDER)
  ) {
    problems.push(
      `SANITY_STUDIO_PROJECT_ID "${projectId}" is not a Sanity project id: use the lower-case letters and digits shown at https://www.sanity.io/manage.`,
    )
  }
  if (!DATASET.test(dataset)) {
    problems.push(
      `SANITY_STUDIO_DATASET "${dataset}" is not a dataset name: use lower-case letters, digits, "_" or "-", for example production.`,
    )
  }
  let previewOrigin: string | undefined
  if (previewUrl !== undefined) {
    try {
      const url = new URL(previewUrl)
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)')
      previewOrigin = url.origin
    } catch {
      problems.push(
        `SANITY_STUDIO_PREVIEW_URL "${previewUrl}" is not a web address: use the site's address, for example http://localhost:3000.`,
      )
    }
  }
  if (problems.length > 0) {
    throw new TypeError(
      `The Studio's environment has problems (see studio/.env.example):\n- ${problems.join('\n- ')}`,
    )
  }
  return { projectId, dataset, previewUrl: previewOrigin }
}

/** The Studio's checked environment. */
export const studioEnv: StudioEnv = parseStudioEnv({
  SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID,
  SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET,
  SANITY_STUDIO_PREVIEW_URL: process.env.SANITY_STUDIO_PREVIEW_URL,
})

/** The API version every query in the Studio uses: the site's own. */
export const API_VERSION = DEFAULT_SANITY_API_VERSION
