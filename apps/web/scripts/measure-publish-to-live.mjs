#!/usr/bin/env node
// Measures publish-to-live: from a signed Sanity webhook POST to the first response of /portal
// that carries the new text. Builds the site on a temporary copy of the sample dataset, starts
// `next start`, then for each edit: rewrites the published clinic's portal explanation in the copy,
// sends a correctly signed webhook, and polls /portal until the new text appears.
//
//   node apps/web/scripts/measure-publish-to-live.mjs [--edits 20] [--port 3220] [--no-build]
import { spawn } from 'node:child_process'
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook'
import { buildSite } from './build.mjs'

// Node 20's global fetch; named here so the shared lint config (no browser globals) knows it.
const { fetch } = globalThis

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '20' },
    port: { type: 'string', default: '3220' },
    'no-build': { type: 'boolean', default: false },
  },
})
const EDITS = Number(values.edits)
const PORT = Number(values.port)
const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SAMPLE = resolve(APP, '../../packages/content/sample/clinic.ndjson')
const DIST = '.next-measure'
const SECRET = 'measure-webhook-secret-0123456789'
const BASE = `http://localhost:${PORT}`

const dir = mkdtempSync(join(tmpdir(), 'doorway-measure-'))
const dataset = join(dir, 'clinic.ndjson')
copyFileSync(SAMPLE, dataset)
// The dataset's images (the logo) live beside it, as the site reads them in local mode.
cpSync(join(dirname(SAMPLE), 'images'), join(dir, 'images'), { recursive: true })
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: DIST,
  CONTENT_DATASET: dataset,
  SANITY_WEBHOOK_SECRET: SECRET,
  DRAFT_MODE_SECRET: 'measure-draft-secret-0123456789',
  SANITY_PROJECT_ID: '',
}

function setExplanation(text) {
  const lines = readFileSync(dataset, 'utf8')
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line
      const doc = JSON.parse(line)
      if (doc._id !== 'clinic') return line
      // The English text of the translated field; the other languages keep theirs (a live
      // language left without one would be refused, and nothing would go live).
      doc.portal.explanation = doc.portal.explanation.map(
        (/** @type {{ language: string }} */ t) =>
          t.language === 'en' ? { ...t, value: text } : t,
      )
      return JSON.stringify(doc)
    })
  writeFileSync(dataset, lines.join('\n'))
}

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error('next start did not answer within 60 s')
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

if (!values['no-build'] && (await buildSite(env)) !== 0) throw new Error('the site did not build')
const server = spawn('npx', ['next', 'start', '-p', String(PORT)], {
  cwd: APP,
  env,
  stdio: 'ignore',
  detached: true,
})
try {
  await waitForServer()
  // Warm the page once so every edit starts from a cached page, as in production.
  await fetch(`${BASE}/portal`)
  const timings = []
  for (let i = 1; i <= EDITS; i++) {
    const text = `Measurement edit ${i} at ${Date.now()}: MyChart is our patient portal.`
    setExplanation(text)
    const body = JSON.stringify({ _type: 'clinic', _id: 'clinic' })
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET)
    const start = performance.now()
    const hook = await fetch(`${BASE}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
      body,
    })
    if (hook.status !== 200)
      throw new Error(`webhook answered ${hook.status}: ${await hook.text()}`)
    let polls = 0
    for (;;) {
      polls++
      const html = await (await fetch(`${BASE}/portal`)).text()
      if (html.includes(text)) break
      if (performance.now() - start > 30_000) throw new Error(`edit ${i} was not live after 30 s`)
    }
    const ms = performance.now() - start
    timings.push(ms)
    console.info(
      `edit ${String(i).padStart(2)}: ${ms.toFixed(1)} ms (${polls} request${polls === 1 ? '' : 's'} to /portal)`,
    )
  }
  const sorted = [...timings].sort((a, b) => a - b)
  console.info(
    `\n${EDITS} edits on ${cpus().length} cores, Node ${process.versions.node}: ` +
      `median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
      `min ${sorted[0].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
  )
} finally {
  process.kill(-server.pid, 'SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
