import { execFileSync } from 'node:child_process'
import type { LaunchOptions } from '@playwright/test'

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
