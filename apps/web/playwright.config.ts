import { defineConfig } from '@playwright/test'
import { freePort, suiteConfig } from './e2e/browser'

// A free port, picked once in the main process; workers inherit it through the environment.
const port = freePort('E2E_PORT')

/**
 * Browser tests against a production build (`npm run test:e2e` builds first, once), driven by
 * Debian's Chromium (`apt-get install chromium`), fully offline.
 */
export default defineConfig({
  ...suiteConfig(port, 'playwright', 'playwright-artifacts'),
  // Draft Mode and webhook tests need their own server, secrets and dataset copy: playwright.preview.config.ts.
  testIgnore: ['preview.spec.ts', 'hardening.spec.ts'],
  webServer: {
    command: `npx next start --port ${port}`,
    url: `http://localhost:${port}/portal`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
})
