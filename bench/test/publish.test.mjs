import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  NO_REVISION_WAIT_MS,
  REVISION_POLL_MS,
  REVISION_WAIT_CAP_MS,
} from '@doorway/web/publish-wait'
import { parseScriptOutput, readSanityWait } from '../src/publish.mjs'

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

test("the Sanity-mode wait comes from the site's public export, the values the route waits by", () => {
  assert.deepEqual(readSanityWait(), {
    pollMs: REVISION_POLL_MS,
    capMs: REVISION_WAIT_CAP_MS,
    noRevisionWaitMs: NO_REVISION_WAIT_MS,
  })
})

test('the Sanity-mode wait is a set of positive whole milliseconds, polling well inside the cap', () => {
  const wait = readSanityWait()
  for (const v of Object.values(wait)) assert.ok(Number.isInteger(v) && v > 0, `read ${v}`)
  assert.ok(wait.pollMs < wait.capMs)
  assert.ok(wait.noRevisionWaitMs <= wait.capMs)
})
