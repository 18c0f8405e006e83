import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  buildName,
  buildPhases,
  countPrerendered,
  countQueries,
  languageComparison,
  outputBytes,
  scalingPlan,
} from '../src/scaling.mjs'
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

test('buildPhases reads a phase past a minute, as next build prints it (3.1min)', () => {
  const log = '✓ Generating static pages using 1 worker (2020/2020) in 3.1min'
  assert.equal(buildPhases(log).generateS, 186)
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

test('the scaling plan: every size in the sample’s languages, the comparison size again in English only, largest first', () => {
  assert.deepEqual(scalingPlan([3, 100, 1000], 1000), [
    { locations: 1000, englishOnly: true },
    { locations: 1000, englishOnly: false },
    { locations: 100, englishOnly: false },
    { locations: 3, englishOnly: false },
  ])
  // The smoke run compares at its one size; the sample's own build comes last, the one the other sections measure.
  assert.deepEqual(scalingPlan([3], 3), [
    { locations: 3, englishOnly: true },
    { locations: 3, englishOnly: false },
  ])
  assert.deepEqual(scalingPlan([3, 100], null), [
    { locations: 100, englishOnly: false },
    { locations: 3, englishOnly: false },
  ])
  assert.notEqual(buildName(1000, true), buildName(1000))
})

test('languageComparison pairs the English-only build with its twin, and says when the twin had no more languages', () => {
  /** @type {(locations: number, englishOnly: boolean, languages: string[]) => import('../src/types').ScalingBuild} */
  const b = (locations, englishOnly, languages) => ({
    locations,
    englishOnly,
    languages,
    outputBytes: 1,
    pages: 1,
    wallMs: 1,
    msPerPage: 1,
    peakTreeRss: 1,
    maxSingleRss: null,
    queries: 1,
    compileS: null,
    typecheckS: null,
    generateS: null,
    dataset: 'x',
  })
  const small = b(3, false, ['en', 'es'])
  const many = b(1000, false, ['en', 'es'])
  const one = b(1000, true, ['en'])
  assert.deepEqual(languageComparison([small, many, one]), { one, many, compared: true })
  assert.equal(languageComparison([small, many]), null)
  const sameSite = b(1000, false, ['en'])
  assert.deepEqual(languageComparison([small, sameSite, one]), {
    one,
    many: sameSite,
    compared: false,
  })
})

test('outputBytes sums every file of the build output but its cache', (t) => {
  const dir = tmp(t)
  mkdirSync(path.join(dir, 'server', 'pages', 'es'), { recursive: true })
  mkdirSync(path.join(dir, 'cache', 'images'), { recursive: true })
  writeFileSync(path.join(dir, 'BUILD_ID'), 'abc')
  writeFileSync(path.join(dir, 'server', 'pages', 'portal.html'), 'x'.repeat(1000))
  writeFileSync(path.join(dir, 'server', 'pages', 'es', 'portal.html'), 'x'.repeat(1200))
  writeFileSync(path.join(dir, 'cache', 'images', 'big.bin'), 'x'.repeat(50_000))
  // A folder named cache deeper down is output like any other.
  mkdirSync(path.join(dir, 'server', 'cache'))
  writeFileSync(path.join(dir, 'server', 'cache', 'a'), 'xy')
  assert.equal(outputBytes(dir), 3 + 1000 + 1200 + 2)
})
