import { copyFileSync, cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { defineConfig } from '@playwright/test'
import { freePort, suiteConfig } from './e2e/browser'

/**
 * Draft preview and revalidation tests: their own production build (`.next-preview`), port and
 * temporary COPY of the sample dataset, because the tests edit that copy and toggle Draft Mode.
 * The config is also loaded in worker processes; the env variables below, set once in the main
 * process, keep every process on the same copy.
 */
// A free port, picked once in the main process; workers inherit it through the environment.
const PORT = freePort('PREVIEW_E2E_PORT')
const SAMPLE = resolve(__dirname, '../../packages/content/sample/clinic.ndjson')

if (process.env.PREVIEW_E2E_DATASET === undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-preview-'))
  process.env.PREVIEW_E2E_DATASET = join(dir, 'clinic.ndjson')
  copyFileSync(SAMPLE, process.env.PREVIEW_E2E_DATASET)
  // The dataset's images (the logo) live beside it, as the site reads them in local mode.
  cpSync(join(dirname(SAMPLE), 'images'), join(dir, 'images'), { recursive: true })
}
process.env.PREVIEW_E2E_DRAFT_SECRET ??= 'e2e-draft-secret-0123456789'
process.env.PREVIEW_E2E_WEBHOOK_SECRET ??= 'e2e-webhook-secret-0123456789'
process.env.PREVIEW_E2E_DIST_DIR ??= '.next-preview'

export default defineConfig({
  ...suiteConfig(PORT, 'playwright-preview', 'preview-artifacts'),
  testMatch: ['preview.spec.ts', 'hardening.spec.ts'],
  // One server with one Draft Mode cookie jar per test, and a dataset the tests edit in turn.
  retries: 0,
  webServer: {
    // The site's one build task (scripts/build.mjs), with this suite's variables.
    command: `node scripts/build.mjs && npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: process.env.PREVIEW_E2E_DIST_DIR,
      CONTENT_DATASET: process.env.PREVIEW_E2E_DATASET,
      DRAFT_MODE_SECRET: process.env.PREVIEW_E2E_DRAFT_SECRET,
      SANITY_WEBHOOK_SECRET: process.env.PREVIEW_E2E_WEBHOOK_SECRET,
      // The Studio that may frame the site in Draft Mode (Presentation tool); see preview.spec.ts.
      SANITY_STUDIO_URL: 'https://studio.maplegrove.example',
      // Local mode, whatever the developer's shell says.
      SANITY_PROJECT_ID: '',
    },
  },
})
