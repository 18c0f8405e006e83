// The budgets from issue 7 (and issue 16's for the other languages), evaluated against whatever sections ran.
import { PORTAL_PATH } from './pages.mjs'
/** @import { BenchResults, Budget, LighthouseScores, Section, SkippedPage } from './types' */

/** The limits, shared with the report's tables so both print a figure the same way. */
export const LIMITS = {
  /** Published pages ship no JavaScript at all (issue 13). */
  publishedJsBytes: 0,
  portalTotalBytes: 20 * 1024,
  performance: 1,
  lcpMs: 1200,
  scalingRatio: 3,
  publishP95Ms: 2000,
}

/**
 * The figures of a section that was measured; null when it did not run or failed.
 * @template T
 * @param {Section<T> | undefined} section
 * @returns {T | null}
 */
export function measured(section) {
  return section && section.error === undefined ? section : null
}

/**
 * Prints `value` with `digits` decimals, or more when rounding would put the printed figure on the
 * other side of the limit than the value itself (1.1004 × against ≤ 1.10 prints "1.1004", not "1.100").
 * @param {number | null | undefined} value
 * @param {(x: number) => boolean} within
 */
export function fmtNear(value, within, digits = 3) {
  if (value == null || Number.isNaN(value)) return 'n/a'
  let d = digits
  while (d < 10 && within(Number(value.toFixed(d))) !== within(value)) d += 1
  return value.toFixed(d)
}

/**
 * What a budget on a page that was not measured reads: never a pass.
 * @param {SkippedPage} page
 */
const notMeasured = (page) => `not measured (${page.reason})`

const maxRatio = (/** @type {number} */ limit) => (/** @type {number} */ x) => x <= limit

/**
 * A ratio against its ≤ limit, e.g. `1.070 ×`.
 * @param {number} ratio
 * @param {number} limit
 */
export function fmtRatio(ratio, limit) {
  return `${fmtNear(ratio, maxRatio(limit))} ×`
}

/** @typedef {keyof LighthouseScores & ('performance' | 'lcpMs' | 'accessibility' | 'bestPractices' | 'seo')} BudgetedScore */

/**
 * The Lighthouse budgets every measured page has: the median each reads, its wording on a page, its
 * limit, and how the figure is printed next to it (a null median is never within).
 * @type {{ key: BudgetedScore, on: (path: string) => string, within: (x: number) => boolean, print: (value: number, within: (x: number) => boolean) => string }[]}
 */
const LIGHTHOUSE_BUDGETS = [
  {
    key: 'performance',
    on: (path) => `Lighthouse performance = 1.00 on \`${path}\``,
    within: (x) => x >= LIMITS.performance,
    print: (value, within) => fmtNear(value, within, 2),
  },
  {
    key: 'lcpMs',
    on: (path) => `Lighthouse LCP ≤ 1.2 s on \`${path}\``,
    within: (x) => x <= LIMITS.lcpMs,
    print: (value, within) => `${fmtNear(value / 1000, (s) => within(s * 1000), 2)} s`,
  },
  .../** @type {const} */ ([
    ['accessibility', 'accessibility'],
    ['bestPractices', 'best practices'],
    ['seo', 'SEO'],
  ]).map(([key, label]) => ({
    key,
    on: (/** @type {string} */ path) => `Lighthouse ${label} = 1.00 on \`${path}\``,
    within: (/** @type {number} */ x) => x === 1,
    print: (/** @type {number} */ value, /** @type {(x: number) => boolean} */ within) =>
      fmtNear(value, within, 2),
  })),
]

/** The budget id of a Lighthouse score: `lh-performance`, `lh-lcp`, `lh-seo`… */
const lighthouseId = (/** @type {BudgetedScore} */ key) => `lh-${key === 'lcpMs' ? 'lcp' : key}`

/**
 * Each budget: its wording and a check over the results. A section that did not run, or could not
 * be measured (`--check` counts that as a miss on its own), is skipped.
 * @param {BenchResults} r
 * @returns {Budget[]}
 */
export function evaluateBudgets(r) {
  /** @type {Budget[]} */
  const out = []
  const add = (
    /** @type {string} */ id,
    /** @type {string} */ budget,
    /** @type {string} */ measured,
    /** @type {boolean} */ ok,
  ) => out.push({ id, budget, measured, ok })

  const weight = measured(r.weight)
  if (weight) {
    const jsBudget = (/** @type {string} */ path) => `JavaScript = 0 B on \`${path}\``
    for (const page of weight.pages) {
      add(
        'published-js',
        jsBudget(page.path),
        `${page.jsBytes} B`,
        page.jsBytes <= LIMITS.publishedJsBytes,
      )
    }
    for (const page of weight.skipped)
      add('published-js', jsBudget(page.path), notMeasured(page), false)
    // The portal page in every language has the English portal's budget.
    const limit = LIMITS.portalTotalBytes
    const totalBudget = (/** @type {string} */ path) => `\`${path}\` total transfer ≤ 20 KiB`
    const portals = weight.pages.filter((p) => p.english === PORTAL_PATH)
    const skippedPortals = weight.skipped.filter((p) => p.english === PORTAL_PATH)
    if (portals.length === 0 && skippedPortals.length === 0)
      add('portal-total', totalBudget(PORTAL_PATH), 'not measured', false)
    for (const portal of portals) {
      add(
        'portal-total',
        totalBudget(portal.path),
        `${fmtNear(portal.totalBytes / 1024, (k) => k * 1024 <= limit, 1)} KiB`,
        portal.totalBytes <= limit,
      )
    }
    for (const page of skippedPortals)
      add('portal-total', totalBudget(page.path), notMeasured(page), false)
  }

  const lighthouse = measured(r.lighthouse)
  if (lighthouse) {
    for (const page of lighthouse.pages) {
      const m = page.median
      // A run that failed leaves the median without a score: a miss, with the reason.
      const missing = m.runtimeErrors?.length
        ? `n/a (a run failed: ${m.runtimeErrors[0]})`
        : 'n/a (no score)'
      for (const b of LIGHTHOUSE_BUDGETS) {
        const value = m[b.key]
        add(
          lighthouseId(b.key),
          b.on(page.path),
          value == null ? missing : b.print(value, b.within),
          value != null && b.within(value),
        )
      }
    }
    for (const page of lighthouse.skipped)
      for (const b of LIGHTHOUSE_BUDGETS)
        add(lighthouseId(b.key), b.on(page.path), notMeasured(page), false)
  }

  const scaling = measured(r.scaling)
  if (scaling) {
    for (const b of scaling.builds) {
      add(
        'queries',
        `One content query per build (${b.locations} locations${b.englishOnly ? ', English only' : ''})`,
        b.queries === null ? 'not counted (counter not wired)' : String(b.queries),
        b.queries === 1,
      )
    }
    const small = scaling.builds.find((b) => b.locations === 3 && !b.englishOnly)
    const big = scaling.builds.find((b) => b.locations === 1000 && !b.englishOnly)
    if (small && big) {
      const ratio = big.wallMs / small.wallMs
      add(
        'scaling',
        '1,000-location build ≤ 3 × the 3-location build (wall time)',
        fmtRatio(ratio, LIMITS.scalingRatio),
        ratio <= LIMITS.scalingRatio,
      )
    }
  }

  if (r.publish) {
    const p95 = measured(r.publish)?.p95Ms
    const limit = LIMITS.publishP95Ms
    add(
      'publish',
      'Publish-to-live p95 ≤ 2 s (local mode; Sanity mode, not measured, waits for the Content Lake: see section 4)',
      p95 == null ? 'not measured' : `${fmtNear(p95 / 1000, (s) => s * 1000 <= limit, 2)} s`,
      p95 != null && p95 <= limit,
    )
  }

  if (r.load) {
    const errors = measured(r.load)?.next.errors
    add(
      'load-errors',
      'Zero errors under load (`next start`, `/portal`)',
      errors == null ? 'not measured' : String(errors),
      errors === 0,
    )
  }
  return out
}
