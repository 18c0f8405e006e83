// Hostile load: 50 connections of normal traffic (the published pages the bench measures, those in
// a language the site does not have yet left out) for 30 s alone, then 30 s
// more while hostile requests run beside them: large unsigned webhook bodies (declared and chunked), random unknown
// location slugs and badly signed webhook calls. Reports errors on the normal traffic (must be 0),
// the server's resident memory at the start, after the normal phase and after the hostile one (the
// hostile phase may add at most 128 MiB), and the files under the build folder before and after
// (must not grow with the number of distinct unknown paths).
//
//   npm run bench:hostile                      # needs a build: npx turbo run build --filter=@doorway/web
//   npm run bench:hostile -- --seconds=10      # shorter
//
// Writes bench/.tmp/hostile.json.
import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import path from 'node:path'
import autocannon from 'autocannon'
import { NEXT_BIN } from './next-apps.mjs'
import { measuredPages, probePages } from './pages.mjs'
import { TMP_DIR, WEB_DIR } from './paths.mjs'
import { baseEnv, freePort, startServer, treeRss } from './proc.mjs'

const MiB = 1024 * 1024
/** The bench's pages, with the sample's first location. */
const PAGES = measuredPages('downtown')

/** @param {string} dir */
function countFiles(dir) {
  let n = 0
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    n += statSync(file).isDirectory() ? countFiles(file) : 1
  }
  return n
}

/**
 * A hostile request: where, how, and how large a body to send.
 * @typedef {{ path: string, method?: string, headers?: Record<string, string>, size?: number, chunked?: boolean }} HostileRequest
 */

/**
 * One hostile request; resolves with its status or the error code once the server hangs up.
 * @param {number} port
 * @param {HostileRequest} request
 * @returns {Promise<number | string | undefined>}
 */
function hostile(port, { path: urlPath, method = 'GET', headers = {}, size = 0, chunked = false }) {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method,
        headers: {
          ...headers,
          ...(size > 0 && !chunked ? { 'content-length': String(size) } : {}),
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode))
        res.on('error', () => resolve(res.statusCode))
      },
    )
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
    req.on('error', (/** @type {NodeJS.ErrnoException} */ error) => resolve(error.code ?? 'error'))
    const chunk = Buffer.alloc(MiB, 'a')
    let sent = 0
    const write = () => {
      while (sent < size) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', write)
      }
      req.end()
    }
    write()
  })
}

/**
 * The hostile mix, one request after another until `until`; returns counts per kind and status.
 * @param {number} port
 * @param {number} until
 */
async function hostileLoop(port, until) {
  /** @type {Record<string, number>} */
  const tally = {}
  const count = (/** @type {string} */ kind, /** @type {unknown} */ status) => {
    const key = `${kind} ${status}`
    tally[key] = (tally[key] ?? 0) + 1
  }
  /** @type {[string, () => HostileRequest][]} */
  const kinds = [
    [
      'large body (32 MiB declared)',
      () => ({
        path: '/api/revalidate',
        method: 'POST',
        size: 32 * MiB,
        headers: { 'sanity-webhook-signature': 't=1,v1=x' },
      }),
    ],
    [
      'large body (8 MiB chunked)',
      () => ({
        path: '/api/revalidate',
        method: 'POST',
        size: 8 * MiB,
        chunked: true,
        headers: { 'sanity-webhook-signature': 't=1,v1=x' },
      }),
    ],
    ['random slug', () => ({ path: `/locations/x-${Math.random().toString(36).slice(2)}` })],
    [
      'bad signature',
      () => ({
        path: '/api/revalidate',
        method: 'POST',
        size: 0,
        headers: {
          'sanity-webhook-signature': `t=${Date.now()},v1=forged`,
          'content-type': 'application/json',
        },
      }),
    ],
  ]
  let i = 0
  while (Date.now() < until) {
    const [kind, make] = /** @type {[string, () => HostileRequest]} */ (kinds[i % kinds.length])
    count(kind, await hostile(port, make()))
    i += 1
  }
  return tally
}

/**
 * Normal traffic: 50 connections on the published pages for `seconds`.
 * @param {number} port
 * @param {number} seconds
 * @param {string[]} paths
 * @returns {Promise<autocannon.Result>}
 */
function normalLoad(port, seconds, paths) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: 50,
        duration: seconds,
        requests: paths.map((p) => ({ method: 'GET', path: p })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  )
}

async function main() {
  const seconds = Number(/--seconds=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 30)
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const buildDir = path.join(WEB_DIR, distDir)
  const port = await freePort()
  const server = await startServer(
    'hostile-next-start',
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(port)],
    {
      cwd: WEB_DIR,
      env: baseEnv({
        SANITY_WEBHOOK_SECRET: 'bench-hostile-webhook-secret',
        SANITY_PROJECT_ID: '',
      }),
      readyUrl: `http://127.0.0.1:${port}/portal`,
    },
  )
  try {
    const { measure, skipped } = await probePages(
      PAGES,
      async (p) => (await fetch(`http://127.0.0.1:${port}${p}`)).status,
    )
    for (const p of skipped) console.info(`skipping ${p.path}: ${p.reason}`)
    const paths = measure.map((p) => p.path)
    // Warm every page and route once, so first compiles are not counted as growth.
    for (const p of [...paths, '/locations/warm-up']) await hostile(port, { path: p })
    await hostile(port, { path: '/api/revalidate' })
    // First normal traffic alone, so the server's memory reaches what load alone costs; then the
    // same traffic with the hostile requests beside it. Growth is judged on the second phase.
    const pid = server.child.pid
    if (pid === undefined) throw new Error('next start has no process id')
    const files = { before: countFiles(buildDir), after: 0 }
    const rss = { start: treeRss(pid), afterNormal: 0, afterHostile: 0 }
    const alone = await normalLoad(port, seconds, paths)
    rss.afterNormal = treeRss(pid)
    const until = Date.now() + seconds * 1000
    const [normal, hostileTally] = await Promise.all([
      normalLoad(port, seconds, paths),
      hostileLoop(port, until),
    ])
    rss.afterHostile = treeRss(pid)
    files.after = countFiles(buildDir)
    const summary = (/** @type {autocannon.Result} */ result) => ({
      requests: result.requests.total,
      errors: result.errors,
      non2xx: result.non2xx,
      timeouts: result.timeouts,
      latencyP99Ms: result.latency.p99,
      rps: result.requests.average,
    })
    const mib = (/** @type {number} */ bytes) => +(bytes / MiB).toFixed(1)
    const report = {
      seconds,
      normalAlone: summary(alone),
      normal: summary(normal),
      hostile: hostileTally,
      rssMiB: {
        start: mib(rss.start),
        afterNormal: mib(rss.afterNormal),
        afterHostile: mib(rss.afterHostile),
      },
      buildFiles: files,
    }
    mkdirSync(TMP_DIR, { recursive: true })
    writeFileSync(path.join(TMP_DIR, 'hostile.json'), `${JSON.stringify(report, null, 2)}\n`)
    console.info(JSON.stringify(report, null, 2))
    const failures = []
    for (const result of [report.normalAlone, report.normal]) {
      if (result.errors + result.non2xx + result.timeouts > 0)
        failures.push('errors on normal traffic')
    }
    if (files.after > files.before)
      failures.push(`the build folder grew by ${files.after - files.before} files`)
    if (rss.afterHostile - rss.afterNormal > 128 * MiB) {
      failures.push('memory grew by more than 128 MiB with the hostile requests')
    }
    if (failures.length > 0) {
      console.error(`Hostile load: ${failures.join('; ')}.`)
      process.exitCode = 1
    }
  } finally {
    await server.stop()
  }
}

await main()
