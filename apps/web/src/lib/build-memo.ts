import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'

/**
 * `next build` renders in several worker processes that share no memory (collecting page data,
 * then prerendering), so an in-process cache alone reads content once per worker. This memo
 * keeps the first read's result in a file for the rest of the same build: one content query per
 * build, however many pages and workers. Outside a build it simply calls `load`.
 */

const WAIT_MS = 120_000
const POLL_MS = 50

// What this process has read or loaded, by memo file, for the rest of the build: every page of a
// build asks for the content, and reading and parsing the memo (the whole site, every language)
// once per page made a build's time grow with the square of the site's size. On globalThis:
// Next.js loads each route's bundle with its own copy of this module.
const KEPT = Symbol.for('doorway.build-memo')
type WithKept = typeof globalThis & { [KEPT]?: Map<string, unknown> }

/** Runs `load` once per build per `key` across every build worker; other callers reuse its result. */
export async function oncePerBuild<T>(
  key: string,
  load: () => Promise<T>,
  options: { dir: string | undefined; building: boolean },
): Promise<T> {
  if (!options.building || options.dir === undefined) return load()
  mkdirSync(options.dir, { recursive: true })
  const file = join(options.dir, `${key.replace(/[^A-Za-z0-9_-]/g, '_')}.json`)
  const lock = `${file}.lock`
  const kept = ((globalThis as WithKept)[KEPT] ??= new Map())
  if (kept.has(file)) return kept.get(file) as T

  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const done = readIfPresent<T>(file)
    if (done !== undefined) {
      kept.set(file, done)
      return done
    }
    let fd: number | undefined
    try {
      fd = openSync(lock, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (fd !== undefined) {
      try {
        const value = await load()
        const temp = `${file}.${process.pid}.tmp`
        writeFileSync(temp, JSON.stringify({ value }))
        renameSync(temp, file)
        kept.set(file, value)
        // Earlier builds' memos are dead weight: keep only this one.
        for (const name of readdirSync(options.dir)) {
          if (name !== basename(file) && name.endsWith('.json')) {
            rmSync(join(options.dir, name), { force: true })
          }
        }
        return value
      } finally {
        closeSync(fd)
        rmSync(lock, { force: true })
      }
    }
    // Another worker is reading; wait for its result (or take over if it died holding the lock).
    if (Date.now() > deadline || lockIsStale(lock)) {
      rmSync(lock, { force: true })
      return load()
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function readIfPresent<T>(file: string): T | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { value: T }).value
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function lockIsStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > WAIT_MS
  } catch {
    return false
  }
}
