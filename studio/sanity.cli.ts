import { defineCliConfig } from 'sanity/cli'
import { commandNeedsProject, HOW_TO_SET_PROJECT_ID, studioEnv } from './env'

// Without a project, a command that talks to Sanity would stop with the CLI's generic "Unable to
// determine project ID"; stop it first with what to set, and where. Build, schema
// extract/validate and typegen need no project, so they still run.
if (studioEnv.projectId === undefined && commandNeedsProject(process.argv.slice(2))) {
  console.error(`\n${HOW_TO_SET_PROJECT_ID}\n`)
  process.exit(1)
}

export default defineCliConfig({
  api: { projectId: studioEnv.projectId, dataset: studioEnv.dataset },
  // Auto-updates fetch the Studio runtime from Sanity's CDN at build time; builds must work offline.
  deployment: { autoUpdates: false },
  typegen: {
    // GROQ lives in @doorway/content, written with defineQuery; its result types go beside it.
    path: ['../packages/content/src/**/*.ts'],
    schema: './schema.json',
    generates: '../packages/content/src/sanity.types.ts',
    // Types `client.fetch(SITE_QUERY)` in @doorway/content through @sanity/client's SanityQueries.
    overloadClientMethods: true,
  },
})
