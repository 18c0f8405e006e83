import { visionTool } from '@sanity/vision'
import { defineConfig, type PluginOptions } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { API_VERSION, HOW_TO_SET_PROJECT_ID, PROJECT_ID_PLACEHOLDER, studioEnv } from './env'
import { resolve } from './presentation/resolve'
import { schemaTypes } from './schemaTypes'
import {
  filterSingletonActions,
  filterSingletonNewDocumentOptions,
  filterSingletonTemplates,
  structure,
} from './structure'

// The CLI loads this file in Node with a mocked `window` (marked `__mockedBySanity`) for build,
// schema extract/validate and typegen, which need no project. A real browser does need one, and
// must never talk to the placeholder project.
const inRealBrowser = typeof window !== 'undefined' && !('__mockedBySanity' in window)
if (inRealBrowser && studioEnv.projectId === undefined) {
  throw new Error(HOW_TO_SET_PROJECT_ID)
}

const plugins: PluginOptions[] = [
  structureTool({ structure }),
  visionTool({ defaultApiVersion: API_VERSION }),
]

// Live preview needs both a project (for draft content) and the website's address.
if (studioEnv.projectId !== undefined && studioEnv.previewUrl !== undefined) {
  plugins.push(
    presentationTool({
      title: 'Preview website',
      previewUrl: {
        origin: studioEnv.previewUrl,
        previewMode: { enable: '/api/draft-mode/enable' },
      },
      resolve,
    }),
  )
}

export default defineConfig({
  name: 'default',
  title: 'Clinic website',
  projectId: studioEnv.projectId ?? PROJECT_ID_PLACEHOLDER,
  dataset: studioEnv.dataset,
  plugins,
  schema: {
    types: schemaTypes,
    templates: filterSingletonTemplates,
  },
  document: {
    actions: filterSingletonActions,
    newDocumentOptions: filterSingletonNewDocumentOptions,
  },
})
