// The self-hosted server (`NEXT_OUTPUT=standalone`), as Next.js's docs describe it: the build
// writes `<distDir>/standalone` with a minimal server.js and only the files it needs; static
// assets (and `public`, when there is one) are copied next to it; `node server.js` serves.
//
//   node scripts/standalone.mjs build   # the site's build task with NEXT_OUTPUT=standalone, then copy the assets
//   node scripts/standalone.mjs start   # starts the built server (PORT, HOSTNAME as Next reads them)
//   node scripts/standalone.mjs smoke   # build, start on a free port, fetch every page, check headers
//                                       # (--no-build: the last smoke build in .next-standalone)
//
// NEXT_DIST_DIR picks the build folder (default `.next`); the smoke test builds into
// `.next-standalone` so it never replaces a normal build.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SITE_BUILD } from './build.mjs'

const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ROOT = resolve(APP, '..', '..')

/** Where the standalone server of the build in `distDir` lives, and where its assets go. */
export function standalonePaths(distDir) {
  const standalone = join(APP, distDir, 'standalone')
  // Files are traced from the repository root, so the app keeps its place inside the tree.
  const appDir = join(standalone, relative(ROOT, APP))
  return { standalone, appDir, server: join(appDir, 'server.js') }
}

function build(distDir, env) {
  const result = spawnSync(SITE_BUILD.command, SITE_BUILD.args, {
    cwd: APP,
    stdio: 'inherit',
    env: { ...env, NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: distDir },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  copyAssets(distDir)
}

/** Next.js leaves static files out of the standalone folder (a CDN may serve them); copy them in. */
function copyAssets(distDir) {
  const { appDir } = standalonePaths(distDir)
  cpSync(join(APP, distDir, 'static'), join(appDir, distDir, 'static'), { recursive: true })
  if (existsSync(join(APP, 'public'))) {
    cpSync(join(APP, 'public'), join(appDir, 'public'), { recursive: true })
  }
}

function start(distDir, env, stdio = 'inherit') {
  const { server } = standalonePaths(distDir)
  if (!existsSync(server)) {
    console.error(`No standalone build in ${distDir}: run \`npm run build:standalone\` first.`)
    process.exit(1)
  }
  // The server reads its own build folder's name (the webhook reads its prerender manifest there).
  return spawn(process.execPath, [server], {
    cwd: dirname(server),
    stdio,
    env: { ...env, NEXT_DIST_DIR: distDir },
  })
}

async function freePort() {
  const server = createServer()
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  await new Promise((done) => server.close(done))
  return port
}

async function waitFor(url, child, ms = 60_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((done) => setTimeout(done, 250))
    }
  }
  throw new Error(`the server did not answer ${url} within ${ms} ms`)
}

/**
 * What a CDN in front needs, per kind of response: published pages cacheable and served stale
 * while re-rendering (`page`); public, at least (`shared`); API and Draft Mode responses never
 * cached (`private`).
 */
export function cacheProblems(kind, cacheControl) {
  const value = (cacheControl ?? '').toLowerCase()
  if (kind === 'page') {
    if (!/s-maxage=\d+/.test(value)) return `no s-maxage in "${cacheControl}"`
    if (!/stale-while-revalidate/.test(value))
      return `no stale-while-revalidate in "${cacheControl}"`
    if (/private|no-store/.test(value)) return `not cacheable: "${cacheControl}"`
    return null
  }
  if (kind === 'shared') {
    return /public/.test(value) && !/private|no-store/.test(value)
      ? null
      : `not public: "${cacheControl}"`
  }
  if (kind === 'private') {
    return /no-store/.test(value) && !/public|s-maxage/.test(value)
      ? null
      : `not "private, no-store": "${cacheControl}"`
  }
  return null
}

async function smoke(env, { rebuild }) {
  const distDir = '.next-standalone'
  const secret = 'standalone-smoke-draft-secret'
  if (rebuild) build(distDir, env)
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const child = start(
    distDir,
    { ...env, PORT: String(port), HOSTNAME: '127.0.0.1', DRAFT_MODE_SECRET: secret },
    ['ignore', 'inherit', 'inherit'],
  )
  const failures = []
  const check = (what, ok, detail) => {
    console.info(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: ${detail}`}`)
    if (!ok) failures.push(what)
  }
  try {
    await waitFor(`${origin}/robots.txt`, child)
    const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    check('the sitemap lists pages', paths.length > 0, sitemap.slice(0, 200))
    for (const path of new Set([...paths, '/', '/portal'])) {
      const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
      const csp = response.headers.get('content-security-policy') ?? ''
      check(`${path} answers 200`, response.status === 200, response.status)
      check(`${path} has script-src 'none'`, csp.includes("script-src 'none'"), csp)
      const cacheControl = response.headers.get('cache-control')
      const problem = cacheProblems('page', cacheControl)
      check(`${path} is cacheable by a CDN (${cacheControl})`, problem === null, problem)
    }
    // Next.js's own header for metadata routes: a CDN asks each time, the origin answers from its cache.
    const map = await fetch(`${origin}/sitemap.xml`)
    const mapCache = map.headers.get('cache-control')
    const mapProblem = cacheProblems('shared', mapCache)
    check(`/sitemap.xml may be kept by a CDN (${mapCache})`, mapProblem === null, mapProblem)
    const missing = await fetch(`${origin}/no-such-page-${Date.now()}`)
    check(
      `an unknown address answers 404 (${missing.headers.get('cache-control')})`,
      missing.status === 404,
      missing.status,
    )
    const api = await fetch(`${origin}/api/revalidate`)
    check('the webhook refuses GET (405)', api.status === 405, api.status)
    const apiProblem = cacheProblems('private', api.headers.get('cache-control'))
    check('the webhook answer is never cached', apiProblem === null, apiProblem)

    const enable = await fetch(
      `${origin}/api/draft-mode/enable?${new URLSearchParams({ secret, redirect: '/portal' })}`,
      { redirect: 'manual' },
    )
    const cookies = enable.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    check(
      'Draft Mode turns on',
      enable.status === 307 && cookies.includes('doorway_draft_session'),
      enable.status,
    )
    const draft = await fetch(`${origin}/portal`, { headers: { cookie: cookies } })
    check('a Draft Mode page answers 200', draft.status === 200, draft.status)
    const draftCache = draft.headers.get('cache-control')
    const draftProblem = cacheProblems('private', draftCache)
    check(`a Draft Mode page is never cached (${draftCache})`, draftProblem === null, draftProblem)
  } finally {
    child.kill('SIGTERM')
  }
  if (failures.length > 0) {
    console.error(`Standalone smoke test: ${failures.length} failed.`)
    process.exit(1)
  }
  console.info('Standalone smoke test passed.')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2]
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  if (command === 'build') build(distDir, process.env)
  else if (command === 'start') start(distDir, process.env)
  else if (command === 'smoke')
    await smoke(
      { ...process.env, SANITY_PROJECT_ID: '' },
      { rebuild: !process.argv.includes('--no-build') },
    )
  else {
    console.error('Usage: node scripts/standalone.mjs build|start|smoke')
    process.exit(2)
  }
}
