import assert from 'node:assert/strict'
import { test } from 'node:test'
import { medianOfLoads, summarizeRequests } from '../src/weight.mjs'

test('summarizeRequests sums bytes on the wire, JavaScript apart, and skips unfinished requests', () => {
  const s = summarizeRequests([
    { type: 'Document', mimeType: 'text/html', bytes: 6000, encoding: 'gzip' },
    { type: 'Script', mimeType: 'application/javascript', bytes: 40_000, encoding: 'gzip' },
    // A script whose resource type is not Script: JavaScript by its MIME type.
    { type: 'Fetch', mimeType: 'text/javascript', bytes: 1000, encoding: 'br' },
    { type: 'Stylesheet', mimeType: 'text/css', bytes: 3000, encoding: 'gzip' },
    { type: 'Image', mimeType: 'image/png', bytes: 9000, encoding: null },
    // Never finished: no size to count.
    { type: 'Script', mimeType: 'application/javascript' },
  ])
  assert.deepEqual(s, { jsBytes: 41_000, totalBytes: 59_000, requests: 5, uncompressedText: 0 })
})

test('a text body over 1 KiB without content-encoding is flagged as uncompressed; images and small bodies are not', () => {
  const s = summarizeRequests([
    { type: 'Document', mimeType: 'text/html', bytes: 2300, bodyBytes: 1025, encoding: null },
    { type: 'Script', mimeType: 'application/javascript', bytes: 20_000, encoding: null },
    // A 716-byte chunk carries more header than body: not worth compressing.
    {
      type: 'Script',
      mimeType: 'application/javascript',
      bytes: 1909,
      bodyBytes: 716,
      encoding: null,
    },
    { type: 'Stylesheet', mimeType: 'text/css', bytes: 1024, encoding: null },
    { type: 'Stylesheet', mimeType: 'text/css', bytes: 9000, bodyBytes: 30_000, encoding: 'gzip' },
    { type: 'Image', mimeType: 'image/svg+xml', bytes: 50_000, encoding: null },
  ])
  assert.equal(s.uncompressedText, 2)
  assert.equal(summarizeRequests([]).requests, 0)
})

test('medianOfLoads takes the median of each figure on its own', () => {
  const m = medianOfLoads([
    { jsBytes: 300, totalBytes: 900, requests: 9, uncompressedText: 0 },
    { jsBytes: 100, totalBytes: 1000, requests: 8, uncompressedText: 1 },
    { jsBytes: 200, totalBytes: 800, requests: 10, uncompressedText: 0 },
  ])
  assert.deepEqual(m, { jsBytes: 200, totalBytes: 900, requests: 9, uncompressedText: 0 })
})

test('physicalFloorHtml keeps the content and JSON-LD, and drops every script, stylesheet, preload, icon and image', async () => {
  const { physicalFloorHtml } = await import('../src/weight.mjs')
  const html =
    '<html><head><title>Portal</title><link rel="icon" href="/icon.svg" type="image/svg+xml"/>' +
    '<link rel="preload" href="/a.css" as="style"/><link rel="stylesheet" href="/a.css" data-n-g=""/>' +
    '<noscript data-n-css=""></noscript><script src="/_next/x.js" async=""></script></head>' +
    '<body><a href="/"><img src="/brand/images/logo.svg" alt="Maple Grove" width="40" height="40"/></a>' +
    '<h1>Sign in</h1><script>self.__next_f.push([1])</script>' +
    '<script type="application/ld+json">{"@type":"MedicalClinic"}</script></body></html>'
  assert.equal(
    physicalFloorHtml(html),
    '<html><head><title>Portal</title></head><body><a href="/"></a><h1>Sign in</h1>' +
      '<script type="application/ld+json">{"@type":"MedicalClinic"}</script></body></html>',
  )
})

test('the static server answers a page for every path, and a browser’s request for anything else (its favicon) with an empty 404', async () => {
  const { spawn } = await import('node:child_process')
  const { mkdtempSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-static-'))
  const file = path.join(dir, 'page.html')
  writeFileSync(file, '<h1>Sign in</h1>')
  const port = 20000 + Math.floor(Math.random() * 20000)
  const server = spawn(process.execPath, [
    path.join(import.meta.dirname, '..', 'src', 'static-server.mjs'),
    file,
    String(port),
  ])
  try {
    /** @param {string} at @param {Record<string, string>} headers */
    const get = async (at, headers) => {
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}${at}`, { headers })
          return { status: res.status, body: await res.text() }
        } catch (error) {
          if (attempt > 100) throw error
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      }
    }
    assert.deepEqual(await get('/portal', {}), { status: 200, body: '<h1>Sign in</h1>' })
    assert.deepEqual(await get('/portal', { 'sec-fetch-dest': 'document' }), {
      status: 200,
      body: '<h1>Sign in</h1>',
    })
    assert.deepEqual(await get('/favicon.ico', { 'sec-fetch-dest': 'image' }), {
      status: 404,
      body: '',
    })
  } finally {
    server.kill()
  }
})
