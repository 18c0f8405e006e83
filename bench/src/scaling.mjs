// Build scaling: build the site from generated datasets of growing size and count content queries.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SAMPLE_DATASET, TMP_DIR } from './paths.mjs'
import { writeGeneratedDataset } from './dataset.mjs'
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
  const num = (/** @type {RegExp} */ re) => {
    const m = re.exec(log)
    if (!m) return null
    return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1])
  }
  return {
    compileS: num(/Compiled successfully in ([\d.]+)(s|ms)/),
    typecheckS: num(/Finished TypeScript in ([\d.]+)(s|ms)/),
    generateS: num(/Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(s|ms)/),
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
 * Writes the dataset for `count` locations and returns its path.
 * @param {number} count
 */
export function datasetFor(count) {
  const dir = path.join(TMP_DIR, 'datasets')
  mkdirSync(dir, { recursive: true })
  return writeGeneratedDataset(SAMPLE_DATASET, count, path.join(dir, `locations-${count}.ndjson`))
}

/**
 * The bench build name for a dataset of `count` locations.
 * @param {number} count
 */
export function buildName(count) {
  return `locations-${count}`
}

/**
 * Builds once per size, largest first (so the small build, which the other sections measure, is
 * the freshest), each into its own empty output directory so none profits from another's cache.
 * @param {number[]} sizes
 * @param {(message: string) => void} log
 */
export async function measureScaling(sizes, log) {
  /** @type {ScalingBuild[]} */
  const results = []
  for (const count of [...sizes].sort((a, b) => b - a)) {
    const dataset = datasetFor(count)
    const queryLog = path.join(TMP_DIR, `queries-${count}.log`)
    rmSync(queryLog, { force: true })
    writeFileSync(queryLog, '')
    log(`build scaling: building ${count} locations`)
    const run = await buildSite(buildName(count), dataset, { DOORWAY_QUERY_LOG: queryLog })
    const pages = countPrerendered(run.dist)
    results.push({
      locations: count,
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
  return results.sort((a, b) => a.locations - b.locations)
}
