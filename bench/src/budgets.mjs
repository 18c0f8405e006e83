// The budgets from issue 7, evaluated against whatever sections ran.
/** @import { BenchResults, Budget, LighthouseScores, Section } from './types' */

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

const maxRatio = (/** @type {number} */ limit) => (/** @type {number} */ x) => x <= limit

/**
 * A ratio against its ≤ limit, e.g. `1.070 ×`.
 * @param {number} ratio
 * @param {number} limit
 */
export function fmtRatio(ratio, limit) {
  return `${fmtNear(ratio, maxRatio(limit))} ×`
}

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
    for (const page of weight.pages) {
      add(
        'published-js',
        `JavaScript = 0 B on \`${page.path}\``,
        `${page.jsBytes} B`,
        page.jsBytes <= LIMITS.publishedJsBytes,
      )
    }
    const portal = weight.pages.find((p) => p.path === '/portal')
    const limit = LIMITS.portalTotalBytes
    add(
      'portal-total',
      '`/portal` total transfer ≤ 20 KiB',
      portal
        ? `${fmtNear(portal.totalBytes / 1024, (k) => k * 1024 <= limit, 1)} KiB`
        : 'not measured',
      portal != null && portal.totalBytes <= limit,
    )
  }

  const lighthouse = measured(r.lighthouse)
  if (lighthouse) {
    for (const page of lighthouse.pages) {
      const m = page.median
      // A run that failed leaves the median without a score: a miss, with the reason.
      const missing = m.runtimeErrors?.length
        ? `n/a (a run failed: ${m.runtimeErrors[0]})`
        : 'n/a (no score)'
      const min = LIMITS.performance
      add(
        'lh-performance',
        `Lighthouse performance = 1.00 on \`${page.path}\``,
        m.performance == null ? missing : fmtNear(m.performance, (x) => x >= min, 2),
        m.performance != null && m.performance >= min,
      )
      const lcp = LIMITS.lcpMs
      add(
        'lh-lcp',
        `Lighthouse LCP ≤ 1.2 s on \`${page.path}\``,
        m.lcpMs == null ? missing : `${fmtNear(m.lcpMs / 1000, (x) => x * 1000 <= lcp, 2)} s`,
        m.lcpMs != null && m.lcpMs <= lcp,
      )
      /** @type {[keyof LighthouseScores & ('accessibility' | 'bestPractices' | 'seo'), string][]} */
      const categories = [
        ['accessibility', 'accessibility'],
        ['bestPractices', 'best practices'],
        ['seo', 'SEO'],
      ]
      for (const [key, label] of categories) {
        add(
          `lh-${key}`,
          `Lighthouse ${label} = 1.00 on \`${page.path}\``,
          m[key] == null ? missing : fmtNear(m[key], (x) => x === 1, 2),
          m[key] === 1,
        )
      }
    }
  }

  const scaling = measured(r.scaling)
  if (scaling) {
    for (const b of scaling.builds) {
      add(
        'queries',
        `One content query per build (${b.locations} locations)`,
        b.queries === null ? 'not counted (counter not wired)' : String(b.queries),
        b.queries === 1,
      )
    }
    const small = scaling.builds.find((b) => b.locations === 3)
    const big = scaling.builds.find((b) => b.locations === 1000)
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
