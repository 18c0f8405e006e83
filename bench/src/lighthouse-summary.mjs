// Lighthouse results reduced to what the report and the budgets need, and the median over runs.
// Kept apart from lighthouse.mjs so it can be tested without Lighthouse or a browser.
import { median } from './stats.mjs'
/** @import { LighthouseMedian, LighthouseRun } from './types' */

/**
 * The parts of Lighthouse's result (LHR) read here.
 * @typedef {object} Lhr
 * @property {Record<string, { id: string, score: number | null, auditRefs: { id: string, weight: number }[] }>} [categories]
 * @property {Record<string, { id: string, score: number | null, numericValue?: number }>} [audits]
 * @property {{ code?: string, message: string }} [runtimeError]
 */

/** @type {Record<'performance' | 'accessibility' | 'bestPractices' | 'seo', string>} */
const SCORES = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
}
/** @type {Record<'lcpMs' | 'cls' | 'tbtMs', string>} */
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbtMs: 'total-blocking-time',
}

/**
 * One run's category scores, metrics, failing non-performance audits and runtime error, from its LHR.
 * @param {Lhr} lhr
 * @returns {LighthouseRun}
 */
export function summarizeLhr(lhr) {
  const category = (/** @type {string} */ id) => lhr.categories?.[id]?.score ?? null
  const metric = (/** @type {string} */ id) => lhr.audits?.[id]?.numericValue ?? null
  return {
    performance: category(SCORES.performance),
    accessibility: category(SCORES.accessibility),
    bestPractices: category(SCORES.bestPractices),
    seo: category(SCORES.seo),
    lcpMs: metric(METRICS.lcpMs),
    cls: metric(METRICS.cls),
    tbtMs: metric(METRICS.tbtMs),
    // Audits that cost points outside performance, so a miss can be explained in the report.
    failing: Object.values(lhr.categories ?? {})
      .filter((c) => c.id !== 'performance')
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits?.[r.id]))
      .filter((a) => a !== undefined && a.score !== null && a.score < 1)
      .map((a) => /** @type {{ id: string }} */ (a).id),
    runtimeError: lhr.runtimeError?.message ?? null,
  }
}

/**
 * Median of one score over the runs. A run without a score (Lighthouse hit a runtime error) makes
 * it null, which the budgets count as a miss. For an even count it is the lower middle value, so
 * the median is always a score some run actually got.
 * @param {(number | null)[]} values
 * @returns {number | null}
 */
export function scoreMedian(values) {
  const scores = values.filter((v) => v != null)
  if (values.length === 0 || scores.length < values.length) return null
  const s = scores.sort((a, b) => a - b)
  return s[Math.ceil(s.length / 2) - 1] ?? null
}

/**
 * Median of one metric over the runs; null when any run lacks it.
 * @param {(number | null)[]} values
 */
export function metricMedian(values) {
  const metrics = values.filter((v) => v != null)
  if (values.length === 0 || metrics.length < values.length) return null
  return median(metrics)
}

/**
 * Per-category medians of the scores and per-metric medians across the runs (each taken on its
 * own, not Lighthouse's single "median run"), the failing audits of any run, and every runtime error.
 * @param {LighthouseRun[]} runs
 * @returns {LighthouseMedian}
 */
export function medianSummary(runs) {
  const scoreOf = (/** @type {keyof typeof SCORES} */ key) => scoreMedian(runs.map((r) => r[key]))
  const metricOf = (/** @type {keyof typeof METRICS} */ key) =>
    metricMedian(runs.map((r) => r[key]))
  return {
    performance: scoreOf('performance'),
    accessibility: scoreOf('accessibility'),
    bestPractices: scoreOf('bestPractices'),
    seo: scoreOf('seo'),
    lcpMs: metricOf('lcpMs'),
    cls: metricOf('cls'),
    tbtMs: metricOf('tbtMs'),
    failing: [...new Set(runs.flatMap((r) => r.failing ?? []))].sort(),
    runtimeErrors: runs.flatMap((r) => (r.runtimeError ? [r.runtimeError] : [])),
  }
}
