import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { applyPerspective, checkSite, runQuery, SITE_QUERY, SLUG_PATTERN } from '@doorway/content'
import {
  generateDataset,
  parseNdjson,
  publishedLanguages,
  writeGeneratedDataset,
} from '../src/dataset.mjs'
import { SAMPLE_DATASET } from '../src/paths.mjs'

/** @import { Doc } from '../src/dataset.mjs' */

const sample = parseNdjson(readFileSync(SAMPLE_DATASET, 'utf8'))
/** @param {Doc[]} docs */
const locations = (docs) =>
  docs.filter((d) => d._type === 'location' && !d._id.startsWith('drafts.'))

/**
 * The value at `keys` inside parsed JSON, or undefined where the shape differs.
 * @param {unknown} value
 * @param {string[]} keys
 * @returns {unknown}
 */
const at = (value, keys) =>
  keys.reduce(
    (v, key) =>
      typeof v === 'object' && v !== null
        ? /** @type {Record<string, unknown>} */ (v)[key]
        : undefined,
    value,
  )

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
  assert.equal(new Set(locs.map((d) => d.slug?.current)).size, 1000)
  for (const d of locs) assert.match(d.slug?.current ?? '(no slug)', SLUG_PATTERN)
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
    const ref = at(clinic, ['brand', 'logo', 'asset', '_ref'])
    assert.ok(
      sampleImages.some((name) => ref === `image-${name.replace('.', '-')}`),
      `the logo refers to ${String(ref)}`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

/**
 * A clinic with site languages in issue 16's stored format (Spanish live, Vietnamese started).
 * @param {string} id
 * @returns {Doc}
 */
const clinic = (id) => ({
  _id: id,
  _type: 'clinic',
  siteLanguages: [
    { _key: 'k-es', _type: 'siteLanguage', language: 'es', live: true },
    { _key: 'k-vi', _type: 'siteLanguage', language: 'vi', live: false },
  ],
})
/** A dataset in issue 16's format: the clinic, its draft, two locations. */
const withLanguages = () => [
  clinic('clinic'),
  clinic('drafts.clinic'),
  ...locations(sample).slice(0, 2),
]

test('the languages a dataset publishes: English, then the published clinic’s live site languages', () => {
  assert.deepEqual(publishedLanguages(withLanguages()), ['en', 'es'])
  assert.deepEqual(publishedLanguages([clinic('drafts.clinic')]), ['en'])
  assert.deepEqual(publishedLanguages([{ _id: 'clinic', _type: 'clinic' }]), ['en'])
})

test('liveLanguages rewrites only the clinic’s live flags, in its drafts too; locations stay as without it', () => {
  const docs = withLanguages()
  for (const [live, expected] of /** @type {[string[], string[]][]} */ ([
    [[], ['en']],
    [['es'], ['en', 'es']],
    [
      ['vi', 'es'],
      ['en', 'es', 'vi'],
    ],
  ])) {
    const out = generateDataset(docs, 5, { liveLanguages: live })
    assert.deepEqual(publishedLanguages(out), expected)
    for (const c of out.filter((d) => d._type === 'clinic')) {
      assert.deepEqual(
        c.siteLanguages,
        [
          { _key: 'k-es', _type: 'siteLanguage', language: 'es', live: live.includes('es') },
          { _key: 'k-vi', _type: 'siteLanguage', language: 'vi', live: live.includes('vi') },
        ],
        c._id,
      )
    }
    assert.deepEqual(locations(out), locations(generateDataset(docs, 5)))
  }
  // Without the option the clinic is the sample's own.
  assert.deepEqual(generateDataset(docs, 2), docs)
})

test('making live a language the clinic does not have fails, naming it and the ones it has', () => {
  assert.throws(
    () => generateDataset(withLanguages(), 3, { liveLanguages: ['es', 'fr'] }),
    /The sample's clinic has no site language fr to publish \(it has es, vi\)\./,
  )
  // A draft clinic lacking it is not built: no error.
  const draftOnlyEnglish = [
    clinic('clinic'),
    { _id: 'drafts.clinic', _type: 'clinic' },
    ...locations(sample).slice(0, 1),
  ]
  assert.deepEqual(
    publishedLanguages(generateDataset(draftOnlyEnglish, 1, { liveLanguages: ['vi'] })),
    ['en', 'vi'],
  )
})

test('the sample in English only passes the content check the build runs, with one language', async () => {
  const docs = generateDataset(sample, 3, { liveLanguages: [] })
  assert.deepEqual(publishedLanguages(docs), ['en'])
  const result = checkSite(await runQuery(SITE_QUERY, applyPerspective(docs, 'published')))
  assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.problems.slice(0, 3)))
  assert.deepEqual(result.content.languages, ['en'])
})
