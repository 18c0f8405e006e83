import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { applyPerspective, checkSite, runQuery, SITE_QUERY, SLUG_PATTERN } from '@doorway/content'
import { generateDataset, parseNdjson } from '../src/dataset.mjs'
import { SAMPLE_DATASET } from '../src/paths.mjs'

const sample = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8'))
const locations = (docs) =>
  docs.filter((d) => d._type === 'location' && !d._id.startsWith('drafts.'))

test('3 locations give back the sample clinic unchanged', () => {
  assert.deepEqual(
    generateDataset(sample, 3),
    sample.filter((d) => d._type !== 'location').concat(locations(sample)),
  )
})

test('1,000 locations have unique ids and URL-safe unique slugs, and keep every other document', () => {
  const docs = generateDataset(sample, 1000)
  const locs = locations(docs)
  assert.equal(locs.length, 1000)
  assert.equal(new Set(locs.map((d) => d._id)).size, 1000)
  assert.equal(new Set(locs.map((d) => d.slug.current)).size, 1000)
  for (const d of locs) assert.match(d.slug.current, SLUG_PATTERN)
  assert.equal(docs.length - 1000, sample.filter((d) => d._type !== 'location').length)
})

test('a generated 1,000-location dataset passes the content check the build runs', async () => {
  const docs = generateDataset(sample, 1000)
  const result = checkSite(await runQuery(SITE_QUERY, applyPerspective(docs, 'published')))
  assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3)))
  assert.equal(result.content.locations.length, 1000)
})

test('asking for fewer locations than the sample has keeps the first ones', () => {
  assert.deepEqual(locations(generateDataset(sample, 1)), locations(sample).slice(0, 1))
})

test('buildPhases reads the phase times next build prints, in seconds', async () => {
  const { buildPhases } = await import('../src/scaling.mjs')
  const log = [
    '✓ Compiled successfully in 22.0s',
    '  Finished TypeScript in 812ms ...',
    '✓ Generating static pages using 1 worker (1010/1010) in 22.3s',
  ].join('\n')
  assert.deepEqual(buildPhases(log), { compileS: 22, typecheckS: 0.812, generateS: 22.3 })
  assert.deepEqual(buildPhases('nothing'), { compileS: null, typecheckS: null, generateS: null })
})
