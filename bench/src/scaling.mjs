// Build scaling: build the site from generated datasets of growing size and count content queries.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { SAMPLE_DATASET, TMP_DIR } from './paths.mjs'
import { parseNdjson, publishedLanguages, writeGeneratedDataset } from './dataset.mjs'
import { buildSite } from './next-apps.mjs'
/** @import { BuildPhases, ScalingBuild } from './types' */

/**
 * Number of prerendered routes in a Next.js build output.
 * @param {string} distDir
 * @returns {number}
 */
export function countPrerendered(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'))
  return Object.keys(manifest.routes ?? {}).length
}

/**
 * Seconds `next build` reports for its phases (compile, TypeScript, static generation), from its output.
 * @param {string} log
 * @returns {BuildPhases}
 */
export function buildPhases(log) {
  // Next prints `850ms`, `16.1s`, or past a minute `3.1min`.
  const SECONDS = { ms: 0.001, s: 1, min: 60 }
  const num = (/** @type {RegExp} */ re) => {
    const m = re.exec(log)
    if (!m) return null
    return Number(m[1]) * SECONDS[/** @type {keyof typeof SECONDS} */ (m[2])]
  }
  return {
    compileS: num(/Compiled successfully in ([\d.]+)(ms|s|min)\b/),
    typecheckS: num(/Finished TypeScript in ([\d.]+)(ms|s|min)\b/),
    generateS: num(/Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)\b/),
  }
}

/**
 * Lines in the query log, or null when the content source did not write one (the counter is not wired).
 * @param {string} file
 */
export function countQueries(file) {
  if (!existsSync(file)) return null
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
  return lines.length === 0 ? null : lines.length
}

/**
 * Bytes of a build's output, its `cache/` folder left out (the files a deploy ships).
 * @param {string} distDir
 */
export function outputBytes(distDir) {
  let total = 0
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    if (path.relative(distDir, file).split(path.sep)[0] === 'cache') continue
    total += statSync(file).size
  }
  return total
}

/**
 * The bench build name for a dataset of `count` locations: the sample's languages, or English only.
 * @param {number} count
 * @param {boolean} [englishOnly]
 */
export function buildName(count, englishOnly = false) {
  return `locations-${count}${englishOnly ? '-english-only' : ''}`
}

/**
 * Writes the dataset for `count` locations, in the sample's languages or in English only (every other
 * site language switched off), and returns its path.
 * @param {number} count
 * @param {boolean} [englishOnly]
 */
export function datasetFor(count, englishOnly = false) {
  const dir = path.join(TMP_DIR, 'datasets')
  mkdirSync(dir, { recursive: true })
  return writeGeneratedDataset(
    SAMPLE_DATASET,
    count,
    path.join(dir, `${buildName(count, englishOnly)}.ndjson`),
    englishOnly ? { liveLanguages: [] } : {},
  )
}

/**
 * The builds to make: each size in the sample's languages, and the `comparison` size (if any) again
 * in English only. Largest first, the English-only build before its twin, so the small build in the
 * sample's languages, which the other sections measure, is the freshest.
 * @param {number[]} sizes
 * @param {number | null} comparison
 * @returns {{ locations: number, englishOnly: boolean }[]}
 */
export function scalingPlan(sizes, comparison) {
  return [
    ...sizes.map((locations) => ({ locations, englishOnly: false })),
    ...(comparison === null ? [] : [{ locations: comparison, englishOnly: true }]),
  ].sort((a, b) => b.locations - a.locations || Number(b.englishOnly) - Number(a.englishOnly))
}

/**
 * The build in the sample's languages and its English-only twin, when the run made both and the
 * first really published more languages; null otherwise.
 * @param {ScalingBuild[]} builds
 */
export function languageComparison(builds) {
  const one = builds.find((b) => b.englishOnly)
  const many = builds.find((b) => !b.englishOnly && b.locations === one?.locations)
  if (!one || !many) return null
  return { one, many, compared: many.languages.length > one.languages.length }
}

/**
 * Builds once per size (`scalingPlan`), each into its own empty output directory so none profits
 * from another's cache.
 * @param {number[]} sizes
 * @param {number | null} comparison the size built again in English only
 * @param {(message: string) => void} log
 */
export async function measureScaling(sizes, comparison, log) {
  /** @type {ScalingBuild[]} */
  const results = []
  for (const { locations: count, englishOnly } of scalingPlan(sizes, comparison)) {
    const name = buildName(count, englishOnly)
    const dataset = datasetFor(count, englishOnly)
    const languages = publishedLanguages(parseNdjson(readFileSync(dataset, 'utf8')))
    const queryLog = path.join(TMP_DIR, `queries-${name}.log`)
    rmSync(queryLog, { force: true })
    writeFileSync(queryLog, '')
    log(`build scaling: building ${count} locations in ${languages.join(', ')}`)
    const run = await buildSite(name, dataset, { DOORWAY_QUERY_LOG: queryLog })
    const pages = countPrerendered(run.dist)
    results.push({
      locations: count,
      englishOnly,
      languages,
      outputBytes: outputBytes(run.dist),
      pages,
      wallMs: run.wallMs,
      msPerPage: run.wallMs / pages,
      peakTreeRss: run.peakTreeRss,
      maxSingleRss: run.maxSingleRss,
      queries: countQueries(queryLog),
      ...buildPhases(readFileSync(run.log, 'utf8')),
      dataset,
    })
  }
  return results.sort(
    (a, b) => a.locations - b.locations || Number(a.englishOnly) - Number(b.englishOnly),
  )
}
