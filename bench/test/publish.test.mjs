import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import http from 'node:http'
import { readFileSync } from 'node:fs'
import {
  parseScriptOutput,
  parseSettleMs,
  readSanitySettleMs,
  REVALIDATE_ROUTE,
  sendWebhook,
  withMarker,
} from '../src/publish.mjs'

test('withMarker changes only the published clinic portal explanation', () => {
  const docs = [
    { _id: 'clinic', _type: 'clinic', portal: { explanation: 'old', signInUrl: 'x' } },
    { _id: 'drafts.clinic', _type: 'clinic', portal: { explanation: 'draft' } },
  ]
  const out = withMarker(docs, 'old', 'M1.')
  assert.equal(out[0].portal.explanation, 'old M1.')
  assert.equal(out[0].portal.signInUrl, 'x')
  assert.equal(out[1], docs[1])
  assert.equal(docs[0].portal.explanation, 'old')
})

test('sendWebhook signs the exact body with the secret, as Sanity does', async () => {
  let seen = null
  const server = http.createServer(async (req, res) => {
    let raw = ''
    for await (const chunk of req) raw += chunk
    seen = {
      raw,
      valid: await isValidSignature(raw, req.headers[SIGNATURE_HEADER_NAME], 'shh'),
      url: req.url,
    }
    res.writeHead(seen.valid ? 200 : 401).end('{}')
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${server.address().port}`
  try {
    await sendWebhook(base, 'shh', { _type: 'clinic', _id: 'clinic' })
    assert.equal(seen.url, '/api/revalidate')
    assert.equal(seen.valid, true)
    assert.deepEqual(JSON.parse(seen.raw), { _type: 'clinic', _id: 'clinic' })
    await assert.rejects(
      sendWebhook(base, 'wrong', { _type: 'clinic', _id: 'clinic' }),
      /answered 401/,
    )
  } finally {
    server.close()
  }
})

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

test('parseSettleMs reads the route constant, underscores and all, and nothing else', () => {
  assert.equal(parseSettleMs('const SANITY_SETTLE_MS = 3000\n'), 3000)
  assert.equal(parseSettleMs('const SANITY_SETTLE_MS=2_500'), 2500)
  assert.equal(parseSettleMs('const OTHER_SANITY_SETTLE_MS_X = 1'), null)
  assert.equal(parseSettleMs('settleMs: 0'), null)
})

test("the revalidate route's Sanity-mode wait is found in the real route file", () => {
  const source = readFileSync(REVALIDATE_ROUTE, 'utf8')
  // The constant must be what Sanity mode waits, not a stray name.
  assert.match(source, /mode === 'sanity' \? SANITY_SETTLE_MS : 0/)
  const settle = readSanitySettleMs()
  assert.ok(Number.isInteger(settle) && settle > 0, `read ${settle}`)
  assert.equal(settle, parseSettleMs(source))
})
