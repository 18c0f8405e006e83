import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { timedRun, treeRss } from '../src/proc.mjs'
import { loadTest, startStatic } from '../src/load.mjs'

test('treeRss counts this process', () => {
  assert.ok(treeRss(process.pid) > 10 * 1024 * 1024)
})

test('timedRun times a child and reports its peak memory', async () => {
  // Holds ~64 MiB for half a second, so both memory figures must see it.
  const script =
    'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.info(b[0]), 500)'
  const r = await timedRun('test-timed', process.execPath, ['-e', script], {
    cwd: process.cwd(),
    env: process.env,
  })
  assert.ok(r.wallMs >= 500, `wall ${r.wallMs}`)
  assert.ok(r.peakTreeRss > 64 * 1024 * 1024, `tree ${r.peakTreeRss}`)
  if (r.maxSingleRss !== null)
    assert.ok(r.maxSingleRss > 64 * 1024 * 1024, `single ${r.maxSingleRss}`)
})

test('timedRun rejects with the exit code and the end of the log', async () => {
  await assert.rejects(
    timedRun(
      'test-fail',
      process.execPath,
      ['-e', 'console.error("broken on purpose"); process.exit(3)'],
      { cwd: process.cwd(), env: process.env },
    ),
    /exited with 3[\s\S]*broken on purpose/,
  )
})

test('the static server answers gzip, and a short load run against it has no errors', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-static-'))
  const html = path.join(dir, 'portal.html')
  writeFileSync(html, `<!doctype html><title>t</title>${'<p>portal</p>'.repeat(500)}`)
  const server = await startStatic(html)
  try {
    const res = await fetch(`${server.base}/portal`, { headers: { 'accept-encoding': 'gzip' } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-encoding'), 'gzip')
    assert.match(await res.text(), /<p>portal<\/p>/)
    const r = await loadTest(`${server.base}/portal`, { seconds: 1, connections: 2 })
    assert.equal(r.errors, 0)
    assert.ok(r.requests > 10, `requests ${r.requests}`)
    assert.ok(
      r.bytesPerReq !== null && r.bytesPerReq < 2000,
      `gzip should shrink 6.5 KB of repeats, got ${r.bytesPerReq}`,
    )
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
