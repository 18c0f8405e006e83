import assert from 'node:assert/strict'
import { test } from 'node:test'
import { evaluateBudgets } from '../src/budgets.mjs'
import { renderReport } from '../src/report.mjs'
import { configFor } from '../src/args.mjs'

const lh = (path, over = {}) => ({
  path,
  median: {
    performance: 0.99,
    accessibility: 1,
    bestPractices: 1,
    seo: 1,
    lcpMs: 1200,
    cls: 0,
    tbtMs: 10,
    failing: [],
    ...over,
  },
  runs: [{ performance: 0.99 }],
})

/** Results that meet every budget. */
function passing() {
  return {
    weight: {
      pages: [
        { path: '/', jsBytes: 105_000, totalBytes: 120_000, requests: 8, uncompressedText: 0 },
        {
          path: '/portal',
          jsBytes: 108_000,
          totalBytes: 125_000,
          requests: 8,
          uncompressedText: 0,
        },
      ],
      floor: { jsBytes: 100_000, totalBytes: 110_000, requests: 6, uncompressedText: 0 },
    },
    lighthouse: { pages: [lh('/'), lh('/portal')] },
    scaling: {
      builds: [
        {
          locations: 3,
          pages: 8,
          wallMs: 40_000,
          msPerPage: 5000,
          peakTreeRss: 1e9,
          maxSingleRss: 5e8,
          queries: 1,
        },
        {
          locations: 1000,
          pages: 1005,
          wallMs: 100_000,
          msPerPage: 99,
          peakTreeRss: 2e9,
          maxSingleRss: 9e8,
          queries: 1,
        },
      ],
    },
    publish: { samples: [300, 400], medianMs: 350, p95Ms: 400 },
    load: {
      next: {
        reqPerSec: 1500,
        p50Ms: 30,
        p99Ms: 60,
        errors: 0,
        requests: 45_000,
        bytesPerReq: 5000,
      },
      static: {
        reqPerSec: 30_000,
        p50Ms: 1,
        p99Ms: 3,
        errors: 0,
        requests: 900_000,
        bytesPerReq: 4800,
      },
    },
  }
}

test('results within every budget meet every budget', () => {
  const budgets = evaluateBudgets(passing())
  assert.ok(budgets.length >= 13)
  assert.deepEqual(
    budgets.filter((b) => !b.ok),
    [],
  )
})

test('each budget misses just past its limit', () => {
  const r = passing()
  r.weight.pages[1].jsBytes = 110_001
  r.lighthouse.pages[0].median.performance = 0.97
  r.lighthouse.pages[1].median.seo = 0.92
  r.scaling.builds[1].queries = 1005
  r.scaling.builds[1].wallMs = 120_001
  r.publish.p95Ms = 2001
  r.load.next.errors = 1
  const missed = evaluateBudgets(r)
    .filter((b) => !b.ok)
    .map((b) => b.id)
  assert.deepEqual(missed.sort(), [
    'lh-performance',
    'lh-seo',
    'load-errors',
    'portal-js',
    'publish',
    'queries',
    'scaling',
  ])
})

test('an uncounted query total is a miss, not a pass', () => {
  const r = passing()
  r.scaling.builds[0].queries = null
  const q = evaluateBudgets(r).find((b) => b.id === 'queries' && !b.ok)
  assert.match(q.measured, /not counted/)
})

test('sections that did not run add no budgets', () => {
  assert.deepEqual(evaluateBudgets({}), [])
  assert.ok(evaluateBudgets({ load: passing().load }).every((b) => b.id === 'load-errors'))
})

test('the report has the machine, the command, a budget table and every section', () => {
  const results = passing()
  const budgets = evaluateBudgets(results)
  budgets[0].ok = false
  const md = renderReport({
    results,
    budgets,
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memGiB: 8,
      os: 'Debian',
      node: 'v20.20.2',
      chromium: 'Chromium 156',
      next: '16.4.6',
      react: '19',
      lighthouse: '12',
      autocannon: '8',
      commit: 'abc1234',
    },
    command: 'npm run bench -- --check',
    date: '2026-11-25T10:00:00Z',
    mode: 'full',
    config: configFor(false),
  })
  for (const s of [
    '2 cores',
    'v20.20.2',
    'Chromium 156',
    '`npm run bench -- --check`',
    '2026-11-25',
    '## Budgets',
    '**missed**',
    '## 1. Page weight',
    '1.08 ×',
    '## 2. Lighthouse',
    '## 3. Build scaling',
    '## 4. Publish-to-live',
    '## 5. Load',
    'static file server',
  ]) {
    assert.ok(md.includes(s), `report lacks ${s}`)
  }
})

test('a section that failed is reported as not measured', () => {
  const md = renderReport({
    results: { load: { error: 'next start failed: port in use\nstack' } },
    budgets: [],
    machine: {
      cpus: 2,
      cpuModel: 'x',
      memGiB: 1,
      os: 'x',
      node: 'x',
      chromium: 'x',
      next: 'x',
      react: 'x',
      lighthouse: 'x',
      autocannon: 'x',
      commit: 'x',
    },
    command: 'npm run bench -- --smoke',
    date: 'd',
    mode: 'smoke',
    config: configFor(true),
  })
  assert.match(md, /\*\*Not measured:\*\* next start failed: port in use\n/)
  assert.match(md, /Smoke run/)
})

test('a missed budget with a note gets its explanation, quoting the current figures', () => {
  const results = passing()
  results.scaling.builds[0].queries = 2
  results.lighthouse.pages[1].median.performance = 0.94
  results.lighthouse.floor = {
    median: { performance: 0.99, tbtMs: 150, lcpMs: 900 },
    runs: [{ performance: 0.99, tbtMs: 150 }],
  }
  const md = renderReport({
    results,
    budgets: evaluateBudgets(results),
    machine: {
      cpus: 2,
      cpuModel: 'x',
      memGiB: 1,
      os: 'x',
      node: 'x',
      chromium: 'x',
      next: 'x',
      react: 'x',
      lighthouse: 'x',
      autocannon: 'x',
      commit: 'x',
    },
    command: 'npm run bench',
    date: 'd',
    mode: 'full',
    config: configFor(false),
  })
  assert.match(md, /### Why a budget is missed/)
  assert.match(md, /One content query per build\*\* — measured 3 locations: 2, 1000 locations: 1/)
  assert.match(md, /`\/portal` 0\.94 \(TBT 10 ms/)
  assert.match(md, /bare Next\.js page scores 0\.99/)
  assert.match(md, /floor \(bare Next\.js page, not budgeted\) \| 0\.99/)
})
