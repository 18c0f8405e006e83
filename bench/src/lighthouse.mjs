// Lighthouse, mobile defaults (simulated slow 4G and a 4x CPU slowdown), Debian's Chromium.
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import * as chromeLauncher from 'chrome-launcher'
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { CHROMIUM, CHROME_FLAGS, TMP_DIR } from './paths.mjs'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

function summarize(lhr) {
  const cat = (id) => lhr.categories[id]?.score ?? null
  const num = (id) => lhr.audits[id]?.numericValue ?? null
  return {
    performance: cat('performance'),
    accessibility: cat('accessibility'),
    bestPractices: cat('best-practices'),
    seo: cat('seo'),
    lcpMs: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbtMs: num('total-blocking-time'),
    // Audits that cost points outside performance, so a miss can be explained in the report.
    failing: Object.values(lhr.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => a.id),
    runtimeError: lhr.runtimeError?.message ?? null,
  }
}

/**
 * Runs Lighthouse `runs` times against `url` in a fresh Chromium each time and returns the median
 * run (Lighthouse's own choice: the run closest to the median FCP and TTI) plus every run's scores.
 */
export async function lighthouseMedian(url, runs) {
  const all = []
  for (let i = 0; i < runs; i += 1) {
    // Our own profile directory, removed afterwards, so no Chromium profile is left in /tmp.
    mkdirSync(TMP_DIR, { recursive: true })
    const userDataDir = mkdtempSync(path.join(TMP_DIR, 'lh-profile-'))
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      userDataDir,
    })
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      all.push(result.lhr)
    } finally {
      await chrome.kill()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
  const med = computeMedianRun(all)
  return { url, median: summarize(med), runs: all.map(summarize) }
}
