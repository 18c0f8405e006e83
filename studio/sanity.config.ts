import { visionTool } from '@sanity/vision'
import { defineConfig, isDev, type PluginOptions, type SingleWorkspace } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import {
  API_VERSION,
  HOW_TO_SET_PROJECT_ID,
  PROJECT_ID_PLACEHOLDER,
  studioEnv,
  type StudioEnv,
} from './env'
import { translatedFields } from './languages'
import { resolve } from './presentation/resolve'
import { schemaTypes } from './schemaTypes'
import { filterSingletonActions, filterSingletonNewDocumentOptions, structure } from './structure'
import { validationMessages } from './validation/messages'

// The CLI loads this file in Node with a mocked `window` (marked `__mockedBySanity`) for build,
// schema extract/validate and typegen, which need no project. A real browser does need one, and
// must never talk to the placeholder project.
const inRealBrowser = typeof window !== 'undefined' && !('__mockedBySanity' in window)
if (inRealBrowser && studioEnv.projectId === undefined) {
  throw new Error(HOW_TO_SET_PROJECT_ID)
}

/**
 * The Studio's configuration for an environment. `dev` is true under `sanity dev`: only then is
 * the Vision query tool there, since office managers using the deployed Studio have no use for it.
 */
export function studioConfig(env: StudioEnv, { dev }: { dev: boolean }): SingleWorkspace {
  const plugins: PluginOptions[] = [structureTool({ structure }), translatedFields]
  if (dev) plugins.push(visionTool({ defaultApiVersion: API_VERSION }))

  // Live preview needs both a project (for draft content) and the website's address.
  if (env.projectId !== undefined && env.previewUrl !== undefined) {
    plugins.push(
      presentationTool({
        title: 'Preview website',
        previewUrl: {
          initial: env.previewUrl,
          // Sanity 5 only reads `enable` (and `shareAccess`); it has no use for a disable route.
          previewMode: { enable: '/api/draft-mode/enable' },
        },
        resolve,
      }),
    )
  }

  return {
    name: 'default',
    title: 'Clinic website',
    projectId: env.projectId ?? PROJECT_ID_PLACEHOLDER,
    dataset: env.dataset,
    plugins,
    schema: { types: schemaTypes },
    document: {
      actions: filterSingletonActions,
      newDocumentOptions: filterSingletonNewDocumentOptions,
    },
    i18n: { bundles: [validationMessages] },
  }
}

export default defineConfig(studioConfig(studioEnv, { dev: isDev }))
