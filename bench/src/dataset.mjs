// Generated datasets for build scaling: the sample clinic with N locations.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

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
 * name (in every language), id and slug. Phone numbers are reused from the sample: they are valid, and the content
 * model does not require them to be unique.
 * @param {Doc[]} sampleDocs
 * @param {number} count
 */
export function generateDataset(sampleDocs, count) {
  const isLocation = (/** @type {Doc} */ d) => d._type === 'location'
  const templates = sampleDocs.filter((d) => isLocation(d) && !d._id.startsWith('drafts.'))
  if (templates.length === 0)
    throw new Error('The sample dataset has no published location to copy.')
  const others = sampleDocs.filter((d) => !isLocation(d))
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
 */
export function writeGeneratedDataset(samplePath, count, file) {
  const docs = generateDataset(parseNdjson(readFileSync(samplePath, 'utf8')), count)
  writeNdjson(file, docs)
  const images = path.join(path.dirname(samplePath), 'images')
  if (existsSync(images))
    cpSync(images, path.join(path.dirname(file), 'images'), { recursive: true })
  return file
}
