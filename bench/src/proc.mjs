// Child processes: timed builds with peak memory, servers that come up on a port and go away cleanly.
import { performance } from 'node:perf_hooks'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, createWriteStream, mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { setInterval, clearInterval } from 'node:timers'
import { TMP_DIR } from './paths.mjs'
/** @import { Env, StartedServer, TimedRun } from './types' */

/**
 * Environment every child gets: no telemetry, production mode.
 * @param {Env} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}

/** @param {string} name */
function logStream(name) {
  const dir = path.join(TMP_DIR, 'logs')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.log`)
  return { file, stream: createWriteStream(file) }
}

/**
 * Direct children of a process, from /proc (Linux only).
 * @param {number} pid
 */
function childrenOf(pid) {
  /** @type {number[]} */
  const out = []
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim()
      if (text) out.push(...text.split(/\s+/).map(Number))
    }
  } catch {
    // The process ended between listing and reading; it has no children any more.
  }
  return out
}

/** @param {number} pid */
function rssBytes(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * Sum of resident memory of a process and all its descendants.
 * @param {number} pid
 */
export function treeRss(pid) {
  let total = 0
  const stack = [pid]
  const seen = new Set()
  while (stack.length) {
    const p = /** @type {number} */ (stack.pop())
    if (seen.has(p)) continue
    seen.add(p)
    total += rssBytes(p)
    stack.push(...childrenOf(p))
  }
  return total
}

const GNU_TIME = '/usr/bin/time'

/**
 * Runs a command to completion, timing it and recording peak memory two ways: the sum over the
 * process tree sampled every 200 ms, and GNU time's largest single process. Rejects on failure.
 * @param {string} name
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 * @returns {Promise<TimedRun>}
 */
export async function timedRun(name, cmd, args, { cwd, env }) {
  const { file, stream } = logStream(name)
  const timeFile = path.join(TMP_DIR, 'logs', `${name}.time`)
  const useTime = existsSync(GNU_TIME)
  /** @type {[string, string[]]} */
  const [c, a] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args]
  const started = performance.now()
  const child = spawn(c, a, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(stream, { end: false })
  child.stderr.pipe(stream, { end: false })
  let peakTree = 0
  const timer = setInterval(() => {
    if (child.pid !== undefined) peakTree = Math.max(peakTree, treeRss(child.pid))
  }, 200)
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const wallMs = performance.now() - started
  clearInterval(timer)
  stream.end()
  if (code !== 0) {
    const tail = readFileSync(file, 'utf8').split('\n').slice(-40).join('\n')
    throw new Error(
      `${name}: \`${cmd} ${args.join(' ')}\` exited with ${code}. Last lines of ${file}:\n${tail}`,
    )
  }
  let maxSingle = null
  if (useTime && existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))
    if (m) maxSingle = Number(m[1]) * 1024
  }
  return { wallMs, peakTreeRss: peakTree, maxSingleRss: maxSingle, log: file }
}

/**
 * A free TCP port on the loopback interface.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address())
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Waits until `url` answers with any HTTP status, or throws after `timeoutMs`.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} [child] a server that must not exit meanwhile
 */
export async function waitForHttp(url, timeoutMs = 60_000, child) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode} before ${url} answered`)
    try {
      const res = await fetch(url, { redirect: 'manual' })
      await res.arrayBuffer()
      return
    } catch {
      await sleep(200)
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/**
 * Starts a long-running server in its own process group and waits for it to answer on `readyUrl`.
 * Returns `{ child, stop }`; `stop()` ends the whole group (next start forks a worker).
 * @param {string} name
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env: NodeJS.ProcessEnv, readyUrl: string, timeoutMs?: number }} options
 * @returns {Promise<StartedServer>}
 */
export async function startServer(name, cmd, args, { cwd, env, readyUrl, timeoutMs = 60_000 }) {
  const { file, stream } = logStream(name)
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  child.stdout.pipe(stream, { end: false })
  child.stderr.pipe(stream, { end: false })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const closed = new Promise((resolve) => child.once('close', resolve))
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
      await Promise.race([closed, sleep(5000)])
      if (child.exitCode === null && child.signalCode === null) {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        } catch {
          // Already gone.
        }
      }
    }
    stream.end()
  }
  try {
    await waitForHttp(readyUrl, timeoutMs, child)
  } catch (err) {
    await stop()
    const tail = existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n')
      : ''
    throw new Error(
      `${name}: ${/** @type {Error} */ (err).message}. Last lines of ${file}:\n${tail}`,
    )
  }
  return { child, stop, log: file }
}
