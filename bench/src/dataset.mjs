// Generated datasets for build scaling: the sample clinic with N locations.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_LANGUAGE } from '@doorway/languages'

/**
 * A translated text as stored: one value per language (sanity-plugin-internationalized-array), or
 * plain text from before translations.
 * @typedef {string | { _key: string, _type: string, language: string, value?: string }[]} Texts
 */

/**
 * A dataset document, as much of it as the bench reads.
 * @typedef {{ _id: string, _type: string, name?: Texts, slug?: { current: string } } & Record<string, unknown>} Doc
 */

/**
 * A translated name with ` n` after it in every language.
 * @param {Texts} name
 * @param {number} n
 * @returns {Texts}
 */
function numbered(name, n) {
  if (typeof name === 'string') return `${name} ${n}`
  return name.map((text) => ({ ...text, value: `${text.value ?? ''} ${n}` }))
}

/**
 * What to change in the sample besides its locations.
 * @typedef {object} DatasetOptions
 * @property {string[]} [liveLanguages] the clinic's site languages to publish, by tag: each of its
 *   `siteLanguages` is made live when listed and switched off when not (`[]`: English only). Unset:
 *   as the sample has them.
 */

/**
 * A site language of the clinic (issue 16: `{ _key, _type: 'siteLanguage', language, live }`).
 * @param {unknown} entry
 * @returns {entry is { language: string, live?: unknown }}
 */
const isSiteLanguage = (entry) =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (/** @type {{ language?: unknown }} */ (entry).language) === 'string'

/**
 * The clinic's site languages, as much as the bench reads.
 * @param {Doc} clinic
 * @returns {unknown[]}
 */
const siteLanguageEntries = (clinic) =>
  Array.isArray(clinic.siteLanguages) ? clinic.siteLanguages : []

/** @param {Doc} clinic */
const siteLanguages = (clinic) => siteLanguageEntries(clinic).filter(isSiteLanguage)

/**
 * The languages a dataset publishes: English, then each live site language of its published clinic.
 * @param {Doc[]} docs
 */
export function publishedLanguages(docs) {
  const clinic = docs.find((d) => d._type === 'clinic' && !d._id.startsWith('drafts.'))
  const live = clinic ? siteLanguages(clinic).filter((l) => l.live === true) : []
  return [DEFAULT_LANGUAGE, ...live.map((l) => l.language)]
}

/**
 * A clinic document with exactly `tags` of its site languages live; throws when the published clinic
 * has no such language (a draft may lack one: it is not built).
 * @param {Doc} clinic
 * @param {string[]} tags
 * @returns {Doc}
 */
function withLiveLanguages(clinic, tags) {
  const own = siteLanguages(clinic)
  const missing = tags.filter((tag) => !own.some((l) => l.language === tag))
  if (missing.length && !clinic._id.startsWith('drafts.')) {
    throw new Error(
      `The sample's ${clinic._id} has no site language ${missing.join(', ')} to publish ` +
        `(it has ${own.map((l) => l.language).join(', ') || 'none'}).`,
    )
  }
  if (!Array.isArray(clinic.siteLanguages)) return clinic
  return {
    ...clinic,
    siteLanguages: siteLanguageEntries(clinic).map((l) =>
      isSiteLanguage(l) ? { ...l, live: tags.includes(l.language) } : l,
    ),
  }
}

/**
 * Parses an NDJSON dataset into documents.
 * @param {string} text
 * @returns {Doc[]}
 */
export function parseNdjson(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
}

/**
 * The sample's documents with its locations replaced by `count` locations. The first locations are
 * the sample's own (so 3 gives the sample back); further ones copy them in turn with a numbered
 * name (in every language), id and slug. Phone numbers are reused from the sample: they are
 * valid, and the content model does not require them to be unique. `options.liveLanguages` sets
 * which of the clinic's site languages are published (the clinic's drafts too).
 * @param {Doc[]} sampleDocs
 * @param {number} count
 * @param {DatasetOptions} [options]
 */
export function generateDataset(sampleDocs, count, options = {}) {
  const isLocation = (/** @type {Doc} */ d) => d._type === 'location'
  const templates = sampleDocs.filter((d) => isLocation(d) && !d._id.startsWith('drafts.'))
  if (templates.length === 0)
    throw new Error('The sample dataset has no published location to copy.')
  const { liveLanguages } = options
  const others = sampleDocs
    .filter((d) => !isLocation(d))
    .map((d) => (liveLanguages && d._type === 'clinic' ? withLiveLanguages(d, liveLanguages) : d))
  /** @type {Doc[]} */
  const locations = []
  for (let i = 0; i < count; i += 1) {
    const t = /** @type {Doc & { name: Texts, slug: { current: string } }} */ (
      templates[i % templates.length]
    )
    if (i < templates.length) {
      locations.push(JSON.parse(JSON.stringify(t)))
      continue
    }
    const n = i + 1
    const copy = JSON.parse(JSON.stringify(t))
    copy._id = `${t._id}-${n}`
    copy.name = numbered(t.name, n)
    copy.slug = { ...t.slug, current: `${t.slug.current}-${n}` }
    locations.push(copy)
  }
  return [...others, ...locations]
}

/**
 * Writes documents as NDJSON, one per line.
 * @param {string} file
 * @param {Doc[]} docs
 */
export function writeNdjson(file, docs) {
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
}

/**
 * Reads the sample, generates `count` locations and writes them to `file`, with the sample's
 * `images/` folder (the logo) beside it, where the site reads images in local mode: without it
 * the bench measured a page whose logo answered 404.
 * @param {string} samplePath
 * @param {number} count
 * @param {string} file
 * @param {DatasetOptions} [options]
 */
export function writeGeneratedDataset(samplePath, count, file, options = {}) {
  const docs = generateDataset(parseNdjson(readFileSync(samplePath, 'utf8')), count, options)
  writeNdjson(file, docs)
  const images = path.join(path.dirname(samplePath), 'images')
  if (existsSync(images))
    cpSync(images, path.join(path.dirname(file), 'images'), { recursive: true })
  return file
}
