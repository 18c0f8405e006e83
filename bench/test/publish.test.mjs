import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import {
  parseSanityWait,
  parseScriptOutput,
  PUBLISH_WAIT,
  readSanityWait,
  REVALIDATE_ROUTE,
} from '../src/publish.mjs'

test("parseScriptOutput reads each edit's time from the preview script's output, and nothing else", () => {
  const out = [
    '▲ Next.js 16',
    'edit  1: 412.5 ms (3 requests to /portal)',
    'edit 12: 98.0 ms (1 request to /portal)',
    '',
    '20 edits on 2 cores, Node 20.20.2: median 100.0 ms, p95 412.5 ms, min 98.0 ms, max 412.5 ms',
  ].join('\n')
  assert.deepEqual(parseScriptOutput(out), [412.5, 98])
})

test("parseSanityWait reads the wait's three exported constants, underscores and all, and nothing else", () => {
  const source = [
    'export const REVISION_POLL_MS = 150',
    'export const REVISION_WAIT_CAP_MS = 5_000',
    'export const NO_REVISION_WAIT_MS = 3000;',
    '',
  ].join('\n')
  assert.deepEqual(parseSanityWait(source), { pollMs: 150, capMs: 5000, noRevisionWaitMs: 3000 })
  // One missing, renamed or computed constant and the bench says it could not read the wait.
  assert.equal(parseSanityWait(source.replace('REVISION_POLL_MS', 'POLL_MS')), null)
  assert.equal(parseSanityWait(source.replace('export const NO_', 'const NO_')), null)
  assert.equal(parseSanityWait(source.replace('5_000', '5_000 * 2')), null)
  assert.equal(parseSanityWait('const SANITY_SETTLE_MS = 3000\n'), null)
})

test('the Sanity-mode wait is read from the real publish-wait.ts, and the route uses it', () => {
  const wait = readSanityWait()
  assert.ok(wait, `could not read the wait from ${PUBLISH_WAIT}`)
  assert.deepEqual(wait, parseSanityWait(readFileSync(PUBLISH_WAIT, 'utf8')))
  for (const v of Object.values(wait)) assert.ok(Number.isInteger(v) && v > 0, `read ${v}`)
  assert.ok(wait.pollMs < wait.capMs)
  // The constants must be what the route waits by: it calls settleFor, whose loop uses them.
  assert.match(readFileSync(REVALIDATE_ROUTE, 'utf8'), /settleFor\(env\.content\)/)
  const lib = readFileSync(PUBLISH_WAIT, 'utf8')
  assert.match(lib, /options\.pollMs \?\? REVISION_POLL_MS/)
  assert.match(lib, /options\.capMs \?\? REVISION_WAIT_CAP_MS/)
  assert.match(lib, /options\.noRevisionWaitMs \?\? NO_REVISION_WAIT_MS/)
})
