// Publish-to-live: edit the dataset, send Sanity's signed webhook, time until the page shows the edit.
import { performance } from 'node:perf_hooks'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { randomBytes } from 'node:crypto'
import {
  copyFileSync,
  lstatSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseNdjson, writeNdjson } from './dataset.mjs'
import { ROOT, TMP_DIR, WEB_DIR } from './paths.mjs'
import { distPath, startSite } from './next-apps.mjs'
import { baseEnv, freePort, timedRun } from './proc.mjs'

/** Writes the file beside itself and renames it in, so the server never reads half a file. */
function writeAtomically(file, docs) {
  const tmp = `${file}.tmp`
  writeNdjson(tmp, docs)
  renameSync(tmp, file)
}

/** Returns the documents with the published clinic's portal explanation ending in `marker`. */
export function withMarker(docs, original, marker) {
  return docs.map((d) =>
    d._id === 'clinic'
      ? { ...d, portal: { ...d.portal, explanation: `${original} ${marker}` } }
      : d,
  )
}

/** Sends the webhook Sanity would send for a published clinic, signed with `secret`. */
export async function sendWebhook(base, secret, body) {
  const payload = JSON.stringify(body)
  const signature = await encodeSignatureHeader(payload, Date.now(), secret)
  const res = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    body: payload,
  })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`POST /api/revalidate answered ${res.status}: ${text}`)
  return text
}

/**
 * The same protocol as the preview helper's script, in-process, on the bench's own build (no extra
 * build, so the smoke run stays fast). Against `next start` on the bench build `build`, reading a copy of `dataset`: `edits` times, change the
 * portal explanation, send the signed webhook, and poll `pagePath` until the edit shows. Each
 * sample is milliseconds from sending the webhook to the first response containing the edit.
 */
export async function measurePublishToLive(
  build,
  dataset,
  { edits, pagePath = '/portal', timeoutMs = 30_000 },
) {
  const file = path.join(TMP_DIR, 'publish-dataset.ndjson')
  copyFileSync(dataset, file)
  const docs = parseNdjson(readFileSync(file, 'utf8'))
  const clinic = docs.find((d) => d._id === 'clinic')
  if (!clinic?.portal?.explanation)
    throw new Error('The dataset has no published clinic with a portal explanation to edit.')
  const original = clinic.portal.explanation
  const secret = randomBytes(24).toString('hex')
  const server = await startSite(build, { CONTENT_DATASET: file, SANITY_WEBHOOK_SECRET: secret })
  const samples = []
  try {
    // Warm the page once so the first sample is not a cold render.
    await (await fetch(`${server.base}${pagePath}`)).text()
    for (let i = 1; i <= edits; i += 1) {
      const marker = `Bench-edit-${i}-${randomBytes(4).toString('hex')}.`
      writeAtomically(file, withMarker(docs, original, marker))
      const started = performance.now()
      await sendWebhook(server.base, secret, {
        _type: 'clinic',
        _id: 'clinic',
        slug: null,
        previousSlug: null,
      })
      for (;;) {
        const body = await (await fetch(`${server.base}${pagePath}`)).text()
        if (body.includes(marker)) break
        if (performance.now() - started > timeoutMs) {
          throw new Error(
            `Edit ${i} did not show on ${pagePath} within ${timeoutMs / 1000} s after the webhook.`,
          )
        }
        await sleep(10)
      }
      samples.push(performance.now() - started)
    }
  } finally {
    writeFileSync(file, readFileSync(dataset))
    await server.stop()
  }
  return { edits, pagePath, samples, via: 'in-process' }
}

/** The route Sanity's webhook calls; in Sanity mode it waits (`settleFor`) before expiring the cache. */
export const REVALIDATE_ROUTE = path.join(WEB_DIR, 'src', 'app', 'api', 'revalidate', 'route.ts')

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
  return { edits, pagePath: '/portal', samples, via: 'script', ownBuild: !build }
}
