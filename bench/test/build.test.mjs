import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildPhases, countPrerendered, countQueries } from '../src/scaling.mjs'
import { buildFlagsFrom, NEXT_BUILD_FLAGS, SITE_BUILD } from '@doorway/web/build'

/**
 * A temporary directory, removed when the test ends.
 * @param {import('node:test').TestContext} t
 */
function tmp(t) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-test-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

test('countQueries: one per non-blank line; a missing or empty log means not counted', (t) => {
  const dir = tmp(t)
  const log = path.join(dir, 'queries.log')
  assert.equal(countQueries(log), null)
  writeFileSync(log, '')
  assert.equal(countQueries(log), null)
  writeFileSync(log, '{"pid":1}\n\n  \n{"pid":2}')
  assert.equal(countQueries(log), 2)
  writeFileSync(log, '{"pid":1}\n')
  assert.equal(countQueries(log), 1)
})

test('countPrerendered counts the prerendered routes, not the dynamic route patterns', (t) => {
  const dir = tmp(t)
  writeFileSync(
    path.join(dir, 'prerender-manifest.json'),
    JSON.stringify({
      version: 4,
      routes: { '/': {}, '/portal': {}, '/locations/downtown': {}, '/sitemap.xml': {} },
      dynamicRoutes: { '/locations/[slug]': {} },
    }),
  )
  assert.equal(countPrerendered(dir), 4)
  writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ version: 4 }))
  assert.equal(countPrerendered(dir), 0)
  rmSync(path.join(dir, 'prerender-manifest.json'))
  assert.throws(() => countPrerendered(dir), /ENOENT/)
})

test("buildPhases reads next build's phase times in s or ms, and null when a phase is absent", () => {
  const log = [
    '✓ Compiled successfully in 10.1s',
    '✓ Finished TypeScript in 4985ms',
    '✓ Generating static pages using 1 worker (1007/1007) in 16.1s',
  ].join('\n')
  assert.deepEqual(buildPhases(log), { compileS: 10.1, typecheckS: 4.985, generateS: 16.1 })
  assert.deepEqual(buildPhases('✓ Compiled successfully in 900ms'), {
    compileS: 0.9,
    typecheckS: null,
    generateS: null,
  })
})

test('buildFlagsFrom keeps the flags a build script passes to next build, and nothing after', () => {
  assert.deepEqual(buildFlagsFrom('next build'), [])
  assert.deepEqual(buildFlagsFrom(undefined), [])
  assert.deepEqual(buildFlagsFrom('next build --webpack'), ['--webpack'])
  assert.deepEqual(buildFlagsFrom('NODE_OPTIONS=--x next build --webpack -d && echo done'), [
    '--webpack',
    '-d',
  ])
  assert.deepEqual(buildFlagsFrom('next build --experimental-build-mode=compile --debug'), [
    '--experimental-build-mode=compile',
    '--debug',
  ])
  assert.deepEqual(buildFlagsFrom('tsc && next lint'), [])
})

test("the site's build is its Turbo task, and the floor app gets its next build flags", () => {
  assert.deepEqual(SITE_BUILD.args.slice(1, 4), ['run', 'build', '--filter=@doorway/web'])
  assert.match(SITE_BUILD.args[0] ?? '', /node_modules\/turbo\/bin\/turbo$/)
  assert.ok(NEXT_BUILD_FLAGS.every((flag) => flag.startsWith('-')))
})
