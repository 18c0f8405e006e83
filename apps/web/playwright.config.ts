import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions, freePort } from './e2e/browser'

// A free port, picked once in the main process; workers inherit it through the environment.
const port = freePort('E2E_PORT')

/**
 * Browser tests against a production build (`npm run test:e2e` builds first, once), driven by
 * Debian's Chromium (`apt-get install chromium`), fully offline.
 */
export default defineConfig({
  testDir: './e2e',
  // Draft Mode and webhook tests need their own server, secrets and dataset copy: playwright.preview.config.ts.
  testIgnore: ['preview.spec.ts', 'hardening.spec.ts'],
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx next start --port ${port}`,
    url: `http://localhost:${port}/portal`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
})
