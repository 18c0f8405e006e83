// Publish-to-live: runs the preview helper's measurement script (edit the dataset, send Sanity's
// signed webhook, time until the page shows the edit) and reads its figures.
import { lstatSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import {
  NO_REVISION_WAIT_MS,
  REVISION_POLL_MS,
  REVISION_WAIT_CAP_MS,
} from '@doorway/web/publish-wait'
import { ROOT, WEB_DIR } from './paths.mjs'
import { distPath } from './next-apps.mjs'
import { baseEnv, freePort, timedRun } from './proc.mjs'
/** @import { SanityWait } from './types' */

/**
 * The revalidate route's Sanity-mode wait, from the site's public export `@doorway/web/publish-wait`.
 * @returns {SanityWait}
 */
export function readSanityWait() {
  return {
    pollMs: REVISION_POLL_MS,
    capMs: REVISION_WAIT_CAP_MS,
    noRevisionWaitMs: NO_REVISION_WAIT_MS,
  }
}

/** The preview helper's standalone measurement: it builds its own copy and prints one line per edit. */
export const PREVIEW_SCRIPT = path.join(WEB_DIR, 'scripts', 'measure-publish-to-live.mjs')

/**
 * Reads the per-edit timings (`edit  3: 412.5 ms (...)`) from the preview script's output.
 * @param {string} text
 */
export function parseScriptOutput(text) {
  return [...text.matchAll(/^edit\s+\d+:\s+([\d.]+) ms/gm)].map((m) => Number(m[1]))
}

/** The output directory the preview script always uses (it sets NEXT_DIST_DIR itself). */
export const SCRIPT_DIST = path.join(WEB_DIR, '.next-measure')

/**
 * Points the script's output directory at the bench build `build` (a symlink, replacing whatever
 * build the script left there; it rebuilds that on every run of its own). Returns the undo.
 * @param {string} build
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
 * @param {{ edits: number, build?: string | null }} options
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
