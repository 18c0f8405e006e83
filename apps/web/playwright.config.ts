import { execFileSync } from 'node:child_process'
import { defineConfig } from '@playwright/test'

// Pick a free port once, in the main process; workers inherit it through the environment.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString()
}
const port = Number(process.env.E2E_PORT)

/**
 * Browser tests against a production build (`npm run test:e2e` builds first, once), driven by
 * Debian's Chromium (`apt-get install chromium`), fully offline.
 */
export default defineConfig({
  testDir: './e2e',
  // Draft Mode and webhook tests need their own server, secrets and dataset copy: playwright.preview.config.ts.
  testIgnore: ['preview.spec.ts'],
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx next start --port ${port}`,
    url: `http://localhost:${port}/portal`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
})
