// Lighthouse, mobile defaults (simulated slow 4G and a 4x CPU slowdown), Debian's Chromium.
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { CHROMIUM, CHROME_FLAGS, TMP_DIR } from './paths.mjs'
import { medianSummary, summarizeLhr } from './lighthouse-summary.mjs'
/** @import { LighthousePage, LighthouseRun } from './types' */

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/**
 * Runs Lighthouse `runs` times against `url` in a fresh Chromium each time and returns the median
 * of each score and metric across the runs, plus every run's own figures.
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<LighthousePage>}
 */
export async function lighthouseMedian(url, runs) {
  /** @type {LighthouseRun[]} */
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
      all.push(summarizeLhr(result.lhr))
    } finally {
      await chrome.kill()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
  return { url, median: medianSummary(all), runs: all }
}
