import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { applyPerspective, checkSite, runQuery, SITE_QUERY, SLUG_PATTERN } from '@doorway/content'
import { generateDataset, parseNdjson, writeGeneratedDataset } from '../src/dataset.mjs'
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

test('a copied location is numbered in every language, and the copies pass in each live one', async () => {
  const docs = generateDataset(sample, 4)
  const copy = locations(docs).find((d) => d._id === 'location-downtown-4')
  assert.deepEqual(
    /** @type {any} */ (copy)?.name.map((/** @type {any} */ t) => [t.language, t.value]),
    [
      ['en', 'Downtown clinic 4'],
      ['es', 'Clínica del centro 4'],
      ['vi', 'Phòng khám trung tâm 4'],
    ],
  )
  const result = checkSite(await runQuery(SITE_QUERY, applyPerspective(docs, 'published')))
  assert.equal(result.ok, true)
  assert.deepEqual(
    result.ok && result.content.translations.es?.locations.map((l) => l.name).sort(),
    ['Clínica del centro', 'Clínica del centro 4', 'Clínica Northside', 'Clínica Riverside'].sort(),
  )
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

test('a written dataset has the sample’s images beside it, so the logo the pages show is served', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'doorway-bench-dataset-'))
  try {
    const file = writeGeneratedDataset(SAMPLE_DATASET, 3, path.join(dir, 'locations-3.ndjson'))
    const sampleImages = readdirSync(path.join(path.dirname(SAMPLE_DATASET), 'images'))
    assert.ok(sampleImages.length > 0)
    assert.deepEqual(readdirSync(path.join(path.dirname(file), 'images')), sampleImages)
    const clinic = parseNdjson(readFileSync(file, 'utf8')).find((d) => d._id === 'clinic')
    const ref = /** @type {any} */ (clinic)?.brand?.logo?.asset?._ref
    assert.ok(
      sampleImages.some((name) => ref === `image-${name.replace('.', '-')}`),
      ref,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
