// Load: autocannon against `next start` and against a plain static server holding the same HTML.
import autocannon from 'autocannon'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, startServer, baseEnv } from './proc.mjs'
/** @import { LoadSummary } from './types' */

/**
 * The parts of an autocannon result `summarizeLoad` reads.
 * @typedef {Pick<autocannon.Result, 'errors' | 'non2xx' | 'timeouts'> & {
 *   requests: Pick<autocannon.Histogram, 'total' | 'average'>,
 *   latency: Pick<autocannon.Histogram, 'p50' | 'p99'>,
 *   throughput: Pick<autocannon.Histogram, 'total'>,
 * }} AutocannonFigures
 */

const STATIC_SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static-server.mjs')

/**
 * @param {autocannon.Options} opts
 * @returns {Promise<autocannon.Result>}
 */
function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)))
  })
}

/**
 * The figures the report needs from one autocannon result. `errors` is connection errors plus
 * non-2xx answers: autocannon's own `errors` already includes its `timeouts`, so they are not added again.
 * @param {AutocannonFigures} r
 * @param {{ url: string, seconds: number, connections: number }} run
 * @returns {LoadSummary}
 */
export function summarizeLoad(r, { url, seconds, connections }) {
  return {
    url,
    seconds,
    connections,
    requests: r.requests.total,
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.non2xx,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    bytesPerReq: r.requests.total ? r.throughput.total / r.requests.total : null,
  }
}

/**
 * Loads `url` for `seconds` with `connections` connections, after a short warm-up, accepting gzip
 * like a browser. Errors count connection errors (timeouts among them) and non-2xx answers.
 * @param {string} url
 * @param {{ seconds: number, connections: number }} options
 */
export async function loadTest(url, { seconds, connections }) {
  const headers = { 'accept-encoding': 'gzip' }
  await cannon({
    url,
    headers,
    connections: Math.min(connections, 10),
    duration: Math.min(3, seconds),
  })
  const r = await cannon({ url, headers, connections, duration: seconds })
  return summarizeLoad(r, { url, seconds, connections })
}

/**
 * Starts the plain static server for `htmlFile`; returns `{ base, stop }`.
 * @param {string} htmlFile
 */
export async function startStatic(htmlFile) {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = await startServer(
    'static-server',
    process.execPath,
    [STATIC_SERVER, htmlFile, String(port)],
    {
      env: baseEnv(),
      readyUrl: `${base}/`,
    },
  )
  return { ...server, base }
}
