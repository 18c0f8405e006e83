// Publish-to-live: runs the preview helper's measurement script (edit the dataset, send Sanity's
// signed webhook, time until the page shows the edit) and reads its figures.
import { lstatSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { ROOT, WEB_DIR } from './paths.mjs'
import { distPath } from './next-apps.mjs'
import { baseEnv, freePort, timedRun } from './proc.mjs'

/** The route Sanity's webhook calls; in Sanity mode it waits (`settleFor`) before expiring the cache. */
export const REVALIDATE_ROUTE = path.join(WEB_DIR, 'src', 'pages', 'api', 'revalidate.ts')

/** Where that wait and its timings live. */
export const PUBLISH_WAIT = path.join(WEB_DIR, 'src', 'lib', 'publish-wait.ts')

const WAIT_CONSTANTS = {
  pollMs: 'REVISION_POLL_MS',
  capMs: 'REVISION_WAIT_CAP_MS',
  noRevisionWaitMs: 'NO_REVISION_WAIT_MS',
}

/**
 * The Sanity-mode wait's timings from publish-wait.ts's source — `{ pollMs, capMs,
 * noRevisionWaitMs }` — or null when any of the three exported constants is not there.
 */
export function parseSanityWait(source) {
  const wait = {}
  for (const [key, name] of Object.entries(WAIT_CONSTANTS)) {
    const m = new RegExp(`\\bexport const ${name}\\s*=\\s*([\\d_]+)\\s*(?:\\n|;|$)`).exec(source)
    if (!m) return null
    wait[key] = Number(m[1].replaceAll('_', ''))
  }
  return wait
}

/** The revalidate route's Sanity-mode wait, read from its source (null if unreadable). */
export function readSanityWait() {
  try {
    return parseSanityWait(readFileSync(PUBLISH_WAIT, 'utf8'))
  } catch {
    return null
  }
}

/** The preview helper's standalone measurement: it builds its own copy and prints one line per edit. */
export const PREVIEW_SCRIPT = path.join(WEB_DIR, 'scripts', 'measure-publish-to-live.mjs')

/** Reads the per-edit timings (`edit  3: 412.5 ms (...)`) from the preview script's output. */
export function parseScriptOutput(text) {
  return [...text.matchAll(/^edit\s+\d+:\s+([\d.]+) ms/gm)].map((m) => Number(m[1]))
}

/** The output directory the preview script always uses (it sets NEXT_DIST_DIR itself). */
export const SCRIPT_DIST = path.join(WEB_DIR, '.next-measure')

/**
 * Points the script's output directory at the bench build `build` (a symlink, replacing whatever
 * build the script left there; it rebuilds that on every run of its own). Returns the undo.
 */
function linkScriptDist(build) {
  rmSync(SCRIPT_DIST, { recursive: true, force: true })
  symlinkSync(path.relative(WEB_DIR, distPath(build)), SCRIPT_DIST, 'dir')
  return () => {
    if (lstatSync(SCRIPT_DIST, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(SCRIPT_DIST)
  }
}

/**
 * Runs apps/web/scripts/measure-publish-to-live.mjs on a free port and returns its per-edit
 * samples. Without `build` the script builds the site itself into apps/web/.next-measure; with
 * `build` (the smoke run) it runs `--no-build` on that bench build, to stay fast.
 */
export async function runPreviewScript({ edits, build = null }) {
  const port = await freePort()
  const unlink = build ? linkScriptDist(build) : () => {}
  let run
  try {
    run = await timedRun(
      'publish-script',
      process.execPath,
      [
        PREVIEW_SCRIPT,
        '--edits',
        String(edits),
        '--port',
        String(port),
        ...(build ? ['--no-build'] : []),
      ],
      { cwd: WEB_DIR, env: baseEnv() },
    )
  } finally {
    unlink()
  }
  const samples = parseScriptOutput(readFileSync(run.log, 'utf8'))
  if (samples.length !== edits) {
    throw new Error(
      `${path.relative(ROOT, PREVIEW_SCRIPT)} reported ${samples.length} of ${edits} edits; see ${run.log}.`,
    )
  }
  return { edits, pagePath: '/portal', samples, ownBuild: !build }
}
