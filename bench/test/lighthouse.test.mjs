import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  medianSummary,
  metricMedian,
  scoreMedian,
  summarizeLhr,
} from '../src/lighthouse-summary.mjs'
/** @import { Lhr } from '../src/lighthouse-summary.mjs' */

/**
 * An LHR shaped like Lighthouse 12's, with only the fields the summary reads.
 * @returns {Lhr}
 */
function lhr({ perf = 0.99, a11y = 1, lcp = 2100, tbt = 80, cls = 0, contrast = 1 } = {}) {
  return {
    categories: {
      performance: { id: 'performance', score: perf, auditRefs: [{ id: 'lcp-x', weight: 25 }] },
      accessibility: {
        id: 'accessibility',
        score: a11y,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'image-alt', weight: 10 },
          // Weight 0: informative only, never costs points.
          { id: 'landmark-one-main', weight: 0 },
        ],
      },
      'best-practices': { id: 'best-practices', score: 1, auditRefs: [] },
      seo: { id: 'seo', score: 1, auditRefs: [{ id: 'is-crawlable', weight: 5 }] },
    },
    audits: {
      'largest-contentful-paint': { id: 'largest-contentful-paint', score: 0.9, numericValue: lcp },
      'total-blocking-time': { id: 'total-blocking-time', score: 1, numericValue: tbt },
      'cumulative-layout-shift': { id: 'cumulative-layout-shift', score: 1, numericValue: cls },
      'lcp-x': { id: 'lcp-x', score: 0.5 },
      'color-contrast': { id: 'color-contrast', score: contrast },
      'image-alt': { id: 'image-alt', score: null },
      'landmark-one-main': { id: 'landmark-one-main', score: 0 },
      'is-crawlable': { id: 'is-crawlable', score: 1 },
    },
  }
}

test('summarizeLhr reads scores and metrics, and lists only weighted non-performance audits that lost points', () => {
  const s = summarizeLhr(lhr({ perf: 0.97, a11y: 0.93, lcp: 2300, tbt: 120, contrast: 0 }))
  assert.deepEqual(s, {
    performance: 0.97,
    accessibility: 0.93,
    bestPractices: 1,
    seo: 1,
    lcpMs: 2300,
    cls: 0,
    tbtMs: 120,
    failing: ['color-contrast'],
    runtimeError: null,
  })
})

test('a run that hit a runtime error has no scores or metrics, and says why', () => {
  const s = summarizeLhr({
    runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
    categories: {
      performance: { id: 'performance', score: null, auditRefs: [] },
      accessibility: { id: 'accessibility', score: null, auditRefs: [] },
    },
    audits: { 'largest-contentful-paint': { id: 'largest-contentful-paint', score: null } },
  })
  assert.equal(s.performance, null)
  assert.equal(s.accessibility, null)
  assert.equal(s.seo, null)
  assert.equal(s.lcpMs, null)
  assert.equal(s.runtimeError, 'The page did not paint any content.')
})

test('scoreMedian: the middle score for an odd count, ties, the lower middle for an even count', () => {
  // /portal in the last full run: Lighthouse's median run scored 0.99, the median score is 0.98.
  assert.equal(scoreMedian([0.98, 0.98, 0.99]), 0.98)
  assert.equal(scoreMedian([0.99, 0.97, 0.98]), 0.98)
  assert.equal(scoreMedian([1, 0.9, 1]), 1)
  assert.equal(scoreMedian([0.97]), 0.97)
  assert.equal(scoreMedian([0.99, 0.97]), 0.97)
  assert.equal(scoreMedian([1, 0.98, 0.99, 0.97]), 0.98)
})

test('a missing score in any run makes the median null, never a pass', () => {
  assert.equal(scoreMedian([1, null, 1]), null)
  assert.equal(scoreMedian([]), null)
  assert.equal(metricMedian([2000, null, 2100]), null)
  assert.equal(metricMedian([2000, 2400]), 2200)
})

test('medianSummary takes each median on its own, not from one run', () => {
  const runs = [
    summarizeLhr(lhr({ perf: 0.99, lcp: 2400, tbt: 60 })),
    summarizeLhr(lhr({ perf: 0.97, lcp: 2000, tbt: 200, contrast: 0 })),
    summarizeLhr(lhr({ perf: 0.98, lcp: 2200, tbt: 90 })),
  ]
  const m = medianSummary(runs)
  assert.equal(m.performance, 0.98)
  assert.equal(m.lcpMs, 2200)
  assert.equal(m.tbtMs, 90)
  assert.equal(m.cls, 0)
  assert.equal(m.accessibility, 1)
  // A failing audit in any run is listed, so a miss in one run can be explained.
  assert.deepEqual(m.failing, ['color-contrast'])
  assert.deepEqual(m.runtimeErrors, [])
})

test('medianSummary with a failed run: null scores and metrics, and the error kept', () => {
  const broken = summarizeLhr({
    runtimeError: { message: 'Chrome crashed.' },
    categories: {},
    audits: {},
  })
  const m = medianSummary([summarizeLhr(lhr()), broken, summarizeLhr(lhr())])
  assert.equal(m.performance, null)
  assert.equal(m.seo, null)
  assert.equal(m.lcpMs, null)
  assert.deepEqual(m.runtimeErrors, ['Chrome crashed.'])
})
