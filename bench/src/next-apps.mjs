// The two Next.js apps under test: the Doorway site (apps/web) and a bare App Router page generated
// here, built with the same installed next/react, as the framework's floor.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { NEXT_BUILD_FLAGS, SITE_BUILD } from '@doorway/web/build'
import { ROOT, TMP_DIR, WEB_DIR } from './paths.mjs'
import { baseEnv, freePort, startServer, timedRun } from './proc.mjs'
/** @import { Env, StartedServer } from './types' */

/** The `next` CLI from the repository's node_modules (never a download). */
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * Version of the installed package, read from its package.json.
 * @param {string} pkg
 * @returns {string}
 */
export function installedVersion(pkg) {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'))
    .version
}

const FLOOR_DIR = path.join(TMP_DIR, 'floor-app')

/**
 * Writes the bare App Router app. It lives under bench/.tmp so Node resolves next/react from the
 * repository's node_modules, with no install and no network.
 */
export function writeFloorApp() {
  rmSync(FLOOR_DIR, { recursive: true, force: true })
  mkdirSync(path.join(FLOOR_DIR, 'app'), { recursive: true })
  writeFileSync(
    path.join(FLOOR_DIR, 'package.json'),
    JSON.stringify({ name: 'doorway-bench-floor', private: true, type: 'module' }, null, 2),
  )
  writeFileSync(path.join(FLOOR_DIR, 'next.config.mjs'), 'export default {}\n')
  writeFileSync(
    path.join(FLOOR_DIR, 'app', 'layout.js'),
    `export const metadata = { title: 'Floor' }
export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>)
}
`,
  )
  writeFileSync(
    path.join(FLOOR_DIR, 'app', 'page.js'),
    `export default function Page() {
  return (<main><h1>Hello</h1><p>A bare Next.js App Router page.</p></main>)
}
`,
  )
  return FLOOR_DIR
}

/** Builds the floor app; returns the timed result. */
export async function buildFloor() {
  const dir = writeFloorApp()
  return timedRun('floor-build', process.execPath, [NEXT_BIN, 'build', ...NEXT_BUILD_FLAGS], {
    cwd: dir,
    env: baseEnv({ NODE_ENV: 'production' }),
  })
}

/**
 * Build output directory (relative to apps/web) for one bench build; inside .next, so it is ignored by git and lint.
 * @param {string} name
 */
export function distFor(name) {
  return path.join('.next', 'bench', name)
}

/**
 * Absolute path of a bench build's output.
 * @param {string} name
 */
export function distPath(name) {
  return path.join(WEB_DIR, distFor(name))
}

/**
 * Builds the site from `dataset` with the site's one build task (`@doorway/web/build`) into its own
 * output directory (NEXT_DIST_DIR), starting empty so no build reuses another's cache, and leaving
 * the developer's .next alone. Time and memory include Turbo's and npm's processes around `next build`.
 * @param {string} name
 * @param {string} dataset
 * @param {Env} [extraEnv]
 */
export async function buildSite(name, dataset, extraEnv = {}) {
  rmSync(distPath(name), { recursive: true, force: true })
  const env = baseEnv({
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distFor(name),
    CONTENT_DATASET: dataset,
    ...extraEnv,
  })
  const run = await timedRun(`build-${name}`, SITE_BUILD.command, SITE_BUILD.args, {
    cwd: WEB_DIR,
    env,
  })
  return { ...run, dist: distPath(name) }
}

/**
 * `next start` in `cwd` on a free port.
 * @param {string} name
 * @param {string} cwd
 * @param {Env} extraEnv
 * @returns {Promise<StartedServer & { base: string, port: number }>}
 */
async function start(name, cwd, extraEnv) {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = await startServer(
    name,
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd,
      env: baseEnv({ NODE_ENV: 'production', ...extraEnv }),
      readyUrl: `${base}/`,
    },
  )
  return { ...server, base, port }
}

/**
 * `next start` for the bench build `name`, with the dataset it was built from (or another via extraEnv).
 * @param {string} name
 * @param {Env} [extraEnv]
 */
export function startSite(name, extraEnv = {}) {
  return start('site-start', WEB_DIR, { NEXT_DIST_DIR: distFor(name), ...extraEnv })
}

/** `next start` for the built floor app. */
export function startFloor() {
  return start('floor-start', FLOOR_DIR, {})
}
