import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './env'

export default defineCliConfig({
  // No project id when none is configured: commands that talk to Sanity then stop and ask for one,
  // while build, schema extract/validate and typegen run without it.
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
