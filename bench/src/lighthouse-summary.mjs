// Lighthouse results reduced to what the report and the budgets need, and the median over runs.
// Kept apart from lighthouse.mjs so it can be tested without Lighthouse or a browser.
import { median } from './stats.mjs'

const SCORES = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
}
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbtMs: 'total-blocking-time',
}

/** One run's category scores, metrics, failing non-performance audits and runtime error, from its LHR. */
export function summarizeLhr(lhr) {
  const out = {}
  for (const [key, id] of Object.entries(SCORES)) out[key] = lhr.categories?.[id]?.score ?? null
  for (const [key, id] of Object.entries(METRICS)) out[key] = lhr.audits?.[id]?.numericValue ?? null
  // Audits that cost points outside performance, so a miss can be explained in the report.
  out.failing = Object.values(lhr.categories ?? {})
    .filter((c) => c.id !== 'performance')
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => a.id)
  out.runtimeError = lhr.runtimeError?.message ?? null
  return out
}

/**
 * Median of one score over the runs. A run without a score (Lighthouse hit a runtime error) makes
 * it null, which the budgets count as a miss. For an even count it is the lower middle value, so
 * the median is always a score some run actually got.
 */
export function scoreMedian(values) {
  if (values.length === 0 || values.some((v) => v == null)) return null
  const s = [...values].sort((a, b) => a - b)
  return s[Math.ceil(s.length / 2) - 1]
}

/** Median of one metric over the runs; null when any run lacks it. */
export function metricMedian(values) {
  if (values.length === 0 || values.some((v) => v == null)) return null
  return median(values)
}

/**
 * Per-category medians of the scores and per-metric medians across the runs (each taken on its
 * own, not Lighthouse's single "median run"), the failing audits of any run, and every runtime error.
 */
export function medianSummary(runs) {
  const out = {}
  for (const key of Object.keys(SCORES)) out[key] = scoreMedian(runs.map((r) => r[key]))
  for (const key of Object.keys(METRICS)) out[key] = metricMedian(runs.map((r) => r[key]))
  out.failing = [...new Set(runs.flatMap((r) => r.failing ?? []))].sort()
  out.runtimeErrors = runs.map((r) => r.runtimeError).filter(Boolean)
  return out
}
