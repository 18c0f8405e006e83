#!/usr/bin/env node
// `npm run bench`: builds the site, measures it and writes docs/benchmarks.md. See bench/README.md.
import { performance } from 'node:perf_hooks'
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { configFor, HELP, parseArgs, reportPath } from './args.mjs'
import { evaluateBudgets } from './budgets.mjs'
import { parseNdjson } from './dataset.mjs'
import { loadTest, startStatic } from './load.mjs'
import { lighthouseMedian } from './lighthouse.mjs'
import { describeMachine } from './machine.mjs'
import { buildFloor, buildSite, distPath, startFloor, startSite } from './next-apps.mjs'
import { measuredPages, PORTAL_PATH, probePages } from './pages.mjs'
import { ROOT, TMP_DIR } from './paths.mjs'
import { readSanityWait, runPreviewScript } from './publish.mjs'
import { buildName, datasetFor, measureScaling } from './scaling.mjs'
import { median, percentile } from './stats.mjs'
import { launchBrowser, measurePage, medianOfLoads, physicalFloorHtml } from './weight.mjs'
/** @import { BenchResults, MeasuredPage, PageWeight, Section, SkippedPage, StartedServer, TimedRun } from './types' */

const log = (/** @type {string} */ msg) =>
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`)

/**
 * Runs `fn`, turning a failure into `{ error }` so one broken section does not hide the others.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} fn
 * @returns {Promise<Section<T>>}
 */
async function section(name, fn) {
  const t = performance.now()
  log(`${name}: start`)
  try {
    // The sections' figures never carry an `error` of their own.
    const value = /** @type {Section<T>} */ (await fn())
    log(`${name}: done in ${((performance.now() - t) / 1000).toFixed(0)} s`)
    return value
  } catch (err) {
    console.error(`[bench] ${name} failed: ${err instanceof Error ? err.stack : err}`)
    return { error: err instanceof Error ? err.message : String(err) }
  }
}

async function main() {
  let opts
  try {
    opts = parseArgs(process.argv.slice(2))
  } catch (err) {
    console.error(err instanceof Error ? err.message : err)
    return 2
  }
  if (opts.help) {
    console.info(HELP)
    return 0
  }
  const config = configFor(opts.smoke)
  const only = new Set(opts.only)
  const command = [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ')
  const out = path.resolve(ROOT, reportPath(opts))
  const loadAvgStart = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')
  rmSync(TMP_DIR, { recursive: true, force: true })
  mkdirSync(TMP_DIR, { recursive: true })

  /** @type {BenchResults} */
  const results = {}
  // The 3-location dataset is the sample clinic itself; its build is the one every other section measures.
  const siteDataset = datasetFor(3)
  const siteBuild = buildName(3)
  const siteDist = distPath(siteBuild)
  const locationSlug = parseNdjson(readFileSync(siteDataset, 'utf8')).find(
    (d) => d._type === 'location' && !d._id.startsWith('drafts.'),
  )?.slug?.current
  if (locationSlug === undefined) throw new Error(`${siteDataset} has no published location.`)
  const pages = measuredPages(locationSlug)

  let siteBuilt = false
  if (only.has('scaling')) {
    results.scaling = await section('build scaling', async () => ({
      builds: await measureScaling(config.sizes, config.languageComparison, log),
    }))
    siteBuilt = !results.scaling.error && Math.min(...config.sizes) === 3
  }
  const needSite = ['weight', 'lighthouse', 'load', 'publish'].some((s) => only.has(s))
  let buildError = null
  if (needSite && !siteBuilt) {
    if (opts.reuseBuild && existsSync(path.join(siteDist, 'BUILD_ID')))
      log(`reusing ${path.relative(ROOT, siteDist)}`)
    else {
      const built = await section('site build', () => buildSite(siteBuild, siteDataset))
      if (built.error !== undefined) buildError = `the site did not build: ${built.error}`
    }
  }
  const siteEnv = { CONTENT_DATASET: siteDataset }

  if (only.has('weight') || only.has('lighthouse') || only.has('load')) {
    /** @type {Awaited<ReturnType<typeof startSite>> | null} */
    let site = null
    try {
      if (!buildError) site = await startSite(siteBuild, siteEnv)
    } catch (err) {
      buildError = `next start failed: ${err instanceof Error ? err.message : err}`
    }
    for (const name of /** @type {const} */ (['weight', 'lighthouse', 'load']))
      if (only.has(name) && !site) results[name] = { error: buildError ?? 'the site did not start' }

    // The floor app serves both page weight and Lighthouse (as a reference row).
    /** @type {{ build: TimedRun, server: StartedServer & { base: string } } | null} */
    let floor = null
    if (site && (only.has('weight') || only.has('lighthouse'))) {
      const made = await section('floor app', async () => {
        const build = await buildFloor()
        return { build, server: await startFloor() }
      })
      if (made.error !== undefined) {
        for (const name of /** @type {const} */ (['weight', 'lighthouse']))
          if (only.has(name)) results[name] = { error: `the floor app failed: ${made.error}` }
      } else floor = made
    }
    // The physical floor: /portal's own HTML with no script, stylesheet or icon, served alone.
    /** @type {StartedServer & { base: string } | null} */
    let physical = null
    /** @type {{ measure: MeasuredPage[], skipped: SkippedPage[] }} */
    let probed = { measure: pages, skipped: [] }
    if (site && floor) {
      const { base } = site
      // Pages in a language the site does not have yet answer 404: skipped, with a note.
      probed = await probePages(pages, async (p) => (await fetch(`${base}${p}`)).status)
      for (const p of probed.skipped) log(`skipping ${p.path}: ${p.reason}`)
      const made = await section('physical floor', async () => {
        const html = await (await fetch(`${base}${PORTAL_PATH}`)).text()
        const file = path.join(TMP_DIR, 'physical-floor', 'portal.html')
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, physicalFloorHtml(html))
        return startStatic(file)
      })
      if (made.error === undefined) physical = made
    }

    if (site && floor && only.has('weight')) {
      const { base } = site
      const { server: floorServer, build: floorBuild } = floor
      results.weight = await section('page weight', async () => {
        const browser = await launchBrowser()
        try {
          const measure = async (/** @type {string} */ url) => {
            /** @type {PageWeight[]} */
            const loads = []
            for (let i = 0; i < config.weightLoads; i += 1)
              loads.push(await measurePage(browser, url))
            return medianOfLoads(loads)
          }
          const measured = []
          for (const p of probed.measure)
            measured.push({ ...p, ...(await measure(`${base}${p.path}`)) })
          return {
            pages: measured,
            skipped: probed.skipped,
            floor: { ...(await measure(`${floorServer.base}/`)), buildMs: floorBuild.wallMs },
            physicalFloor: physical ? await measure(`${physical.base}${PORTAL_PATH}`) : null,
          }
        } finally {
          await browser.close()
        }
      })
    }
    if (site && floor && only.has('lighthouse')) {
      const { base } = site
      const { server: floorServer } = floor
      // The smoke run's Lighthouse pages are a few of the measured pages.
      const chosen = (/** @type {MeasuredPage} */ p) =>
        config.lighthousePages?.includes(p.path) ?? true
      results.lighthouse = await section('lighthouse', async () => {
        const measured = []
        for (const p of probed.measure.filter(chosen)) {
          log(`lighthouse: ${p.path} × ${config.lighthouseRuns}`)
          measured.push({
            ...p,
            ...(await lighthouseMedian(`${base}${p.path}`, config.lighthouseRuns)),
          })
        }
        log(`lighthouse: floor × ${config.lighthouseRuns}`)
        return {
          pages: measured,
          skipped: probed.skipped.filter(chosen),
          floor: await lighthouseMedian(`${floorServer.base}/`, config.lighthouseRuns),
          physicalFloor: physical
            ? await lighthouseMedian(`${physical.base}${PORTAL_PATH}`, config.lighthouseRuns)
            : null,
        }
      })
    }
    if (floor) await floor.server.stop()
    if (physical) await physical.stop()
    if (site && only.has('load')) {
      const running = site
      results.load = await section('load', async () => {
        const opt = { seconds: config.loadSeconds, connections: config.loadConnections }
        const next = await loadTest(`${running.base}${PORTAL_PATH}`, opt)
        await running.stop()
        site = null
        const html = path.join(siteDist, 'server', 'pages', 'portal.html')
        if (!existsSync(html))
          throw new Error(`${html} does not exist: /portal was not prerendered.`)
        const stat = await startStatic(html)
        try {
          return { next, static: await loadTest(`${stat.base}${PORTAL_PATH}`, opt) }
        } finally {
          await stat.stop()
        }
      })
    }
    if (site) await site.stop()
  }

  if (only.has('publish')) {
    if (buildError) results.publish = { error: buildError }
    else {
      results.publish = await section('publish-to-live', async () => {
        // The preview helper's own script: the full run lets it build its own copy; the smoke run
        // points it at the bench build (`--no-build`), to stay fast.
        const r = await runPreviewScript({
          edits: config.publishEdits,
          build: opts.smoke ? siteBuild : null,
        })
        return {
          ...r,
          medianMs: median(r.samples),
          p95Ms: percentile(r.samples, 95),
          sanityWait: readSanityWait(),
        }
      })
    }
  }

  const budgets = opts.smoke ? [] : evaluateBudgets(results)
  const errors = Object.entries(results).filter(([, v]) => v?.error)
  const { renderReport } = await import('./report.mjs')
  const md = renderReport({
    results,
    budgets,
    machine: { ...describeMachine(), loadAvgStart },
    command,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    mode: opts.smoke ? 'smoke' : 'full',
    config,
  })
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, md + '\n')
  writeFileSync(path.join(TMP_DIR, 'results.json'), JSON.stringify({ results, budgets }, null, 2))
  log(`wrote ${path.relative(ROOT, out)}`)

  for (const b of budgets) log(`${b.ok ? 'met   ' : 'MISSED'} ${b.budget}: ${b.measured}`)
  for (const [name, v] of errors)
    console.error(`[bench] ${name}: not measured: ${v.error.split('\n')[0]}`)
  if (opts.smoke) return errors.length ? 1 : 0
  if (opts.check) return budgets.some((b) => !b.ok) || errors.length ? 1 : 0
  return 0
}

process.exitCode = await main()
