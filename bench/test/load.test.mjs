import assert from 'node:assert/strict'
import { test } from 'node:test'
import http from 'node:http'
import autocannon from 'autocannon'
import { summarizeLoad } from '../src/load.mjs'

const meta = { url: 'http://127.0.0.1:1/portal', seconds: 30, connections: 50 }

test('summarizeLoad counts a timeout once: autocannon already includes it in errors', () => {
  // The shape autocannon 8 returns: 3 connection errors, 2 of them timeouts, and 4 answers of 500.
  const result = {
    errors: 3,
    timeouts: 2,
    non2xx: 4,
    requests: { total: 1000, average: 33.3 },
    latency: { p50: 12, p99: 80 },
    throughput: { total: 5_000_000 },
  }
  const s = summarizeLoad(result, meta)
  assert.equal(s.errors, 7)
  assert.equal(s.timeouts, 2)
  assert.equal(s.non2xx, 4)
  assert.equal(s.bytesPerReq, 5000)
  assert.equal(s.reqPerSec, 33.3)
  assert.equal(
    summarizeLoad({ ...result, requests: { total: 0, average: 0 } }, meta).bytesPerReq,
    null,
  )
})

test('against a real server that hangs and fails some requests, errors are errors plus non-2xx', async () => {
  let n = 0
  const server = http.createServer((req, res) => {
    n += 1
    if (n % 5 === 0) return // never answered: autocannon times it out
    res.writeHead(n % 2 ? 200 : 500, { 'content-type': 'text/plain' }).end('ok')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(null)))
  try {
    const address = server.address()
    assert.ok(address !== null && typeof address === 'object')
    const url = `http://127.0.0.1:${address.port}/`
    /** @type {autocannon.Result} */
    const r = await new Promise((resolve, reject) =>
      autocannon({ url, connections: 2, duration: 2, timeout: 1 }, (err, res) =>
        err ? reject(err) : resolve(res),
      ),
    )
    assert.ok(r.timeouts > 0, 'the hanging requests should have timed out')
    assert.ok(r.non2xx > 0, 'the server answered some requests with 500')
    // autocannon's documented behaviour this relies on: timeouts are part of errors.
    assert.ok(r.errors >= r.timeouts)
    const s = summarizeLoad(r, { url, seconds: 2, connections: 2 })
    assert.equal(s.errors, r.errors + r.non2xx)
  } finally {
    server.closeAllConnections()
    server.close()
  }
})
