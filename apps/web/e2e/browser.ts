import { execFileSync } from 'node:child_process'
import type { LaunchOptions, PlaywrightTestConfig } from '@playwright/test'

/**
 * Shared by both Playwright configs: Debian's Chromium (never a downloaded browser), launched so
 * that it makes no connection of its own to the outside world.
 */
export const chromiumLaunchOptions: LaunchOptions = {
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
}

/**
 * A free loopback port, picked once in Playwright's main process and kept in `variable`, so that
 * the worker processes (which load the config again) inherit the same one.
 */
export function freePort(variable: string): number {
  if (!process.env[variable]) {
    process.env[variable] = execFileSync(process.execPath, [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ]).toString()
  }
  return Number(process.env[variable])
}

/**
 * What both configs share: one worker, tests in file order, 60 s each, Debian's Chromium against
 * the suite's own server on `port`, the JSON report `test-results/<report>.json` (CI sums it) and
 * the artifacts in `test-results/<artifacts>`.
 */
export function suiteConfig(port: number, report: string, artifacts: string): PlaywrightTestConfig {
  return {
    testDir: './e2e',
    workers: 1,
    fullyParallel: false,
    timeout: 60_000,
    forbidOnly: !!process.env.CI,
    reporter: [['list'], ['json', { outputFile: `test-results/${report}.json` }]],
    outputDir: `test-results/${artifacts}`,
    use: { baseURL: `http://localhost:${port}`, launchOptions: chromiumLaunchOptions },
  }
}
