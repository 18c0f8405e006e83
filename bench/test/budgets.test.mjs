import assert from 'node:assert/strict'
import { test } from 'node:test'
import { evaluateBudgets, fmtNear, fmtRatio } from '../src/budgets.mjs'
import { renderReport } from '../src/report.mjs'
import { configFor } from '../src/args.mjs'

const lh = (path, over = {}) => ({
  path,
  median: {
    performance: 1,
    accessibility: 1,
    bestPractices: 1,
    seo: 1,
    lcpMs: 1000,
    cls: 0,
    tbtMs: 10,
    failing: [],
    runtimeErrors: [],
    ...over,
  },
  runs: [
    {
      performance: 1,
      accessibility: 1,
      bestPractices: 1,
      seo: 1,
      lcpMs: 1000,
      cls: 0,
      tbtMs: 10,
      failing: [],
      runtimeError: null,
    },
  ],
})

/** Results that meet every budget. */
function passing() {
  return {
    weight: {
      pages: [
        { path: '/', jsBytes: 0, totalBytes: 11_000, requests: 2, uncompressedText: 0 },
        { path: '/portal', jsBytes: 0, totalBytes: 10_800, requests: 2, uncompressedText: 0 },
      ],
      floor: { jsBytes: 140_000, totalBytes: 150_000, requests: 9, uncompressedText: 0 },
      physicalFloor: { jsBytes: 0, totalBytes: 4000, requests: 1, uncompressedText: 0 },
    },
    lighthouse: { pages: [lh('/'), lh('/portal'), lh('/locations/downtown')] },
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

const byId = (budgets, id) => budgets.filter((b) => b.id === id)
const measured = (budgets, id) => byId(budgets, id).map((b) => b.measured)

test('values exactly at each limit meet it, printed as the limit', () => {
  const r = passing()
  r.weight.pages[1].totalBytes = 20 * 1024
  for (const p of r.lighthouse.pages) p.median.lcpMs = 1200
  r.scaling.builds[1].wallMs = 120_000
  r.publish.p95Ms = 2000
  const budgets = evaluateBudgets(r)
  assert.deepEqual(
    budgets.filter((b) => !b.ok),
    [],
  )
  assert.deepEqual(measured(budgets, 'published-js'), ['0 B', '0 B'])
  assert.deepEqual(measured(budgets, 'portal-total'), ['20.0 KiB'])
  assert.deepEqual(measured(budgets, 'lh-performance'), ['1.00', '1.00', '1.00'])
  assert.deepEqual(measured(budgets, 'lh-lcp'), ['1.20 s', '1.20 s', '1.20 s'])
  assert.deepEqual(measured(budgets, 'scaling'), ['3.000 ×'])
  assert.deepEqual(measured(budgets, 'publish'), ['2.00 s'])
})

test('each budget misses just past its limit, and the figure printed shows it', () => {
  const r = passing()
  r.weight.pages[1].jsBytes = 1
  r.weight.pages[1].totalBytes = 20 * 1024 + 1
  r.lighthouse.pages[0].median.performance = 0.99
  r.lighthouse.pages[2].median.lcpMs = 1201
  r.lighthouse.pages[1].median.seo = 0.92
  r.scaling.builds[1].queries = 1005
  r.scaling.builds[1].wallMs = 120_004
  r.publish.p95Ms = 2001
  r.load.next.errors = 1
  const budgets = evaluateBudgets(r)
  const missed = budgets.filter((b) => !b.ok).map((b) => b.id)
  assert.deepEqual(missed.sort(), [
    'lh-lcp',
    'lh-performance',
    'lh-seo',
    'load-errors',
    'portal-total',
    'publish',
    'published-js',
    'queries',
    'scaling',
  ])
  assert.deepEqual(measured(budgets, 'published-js'), ['0 B', '1 B'])
  assert.deepEqual(measured(budgets, 'portal-total'), ['20.001 KiB'])
  assert.deepEqual(measured(budgets, 'lh-lcp'), ['1.00 s', '1.00 s', '1.201 s'])
  assert.deepEqual(measured(budgets, 'scaling'), ['3.0001 ×'])
  assert.deepEqual(measured(budgets, 'publish'), ['2.001 s'])
})

test('accessibility and best-practices misses are caught, on the location page too', () => {
  const r = passing()
  r.lighthouse.pages[2].median.accessibility = 0.96
  r.lighthouse.pages[0].median.bestPractices = 0.93
  r.lighthouse.pages[2].median.performance = 0.97
  const missed = evaluateBudgets(r)
    .filter((b) => !b.ok)
    .map((b) => b.budget)
  assert.deepEqual(missed, [
    'Lighthouse best practices = 1.00 on `/`',
    'Lighthouse performance = 1.00 on `/locations/downtown`',
    'Lighthouse accessibility = 1.00 on `/locations/downtown`',
  ])
})

test('every page gets a row for each Lighthouse budget, the location page included', () => {
  const budgets = evaluateBudgets(passing())
  for (const id of ['lh-performance', 'lh-lcp', 'lh-accessibility', 'lh-bestPractices', 'lh-seo']) {
    assert.deepEqual(
      byId(budgets, id).map((b) => /on `([^`]+)`/.exec(b.budget)[1]),
      ['/', '/portal', '/locations/downtown'],
    )
  }
})

test('a null score (a run failed) is a miss that says why, not a pass', () => {
  const r = passing()
  Object.assign(r.lighthouse.pages[1].median, {
    performance: null,
    accessibility: null,
    bestPractices: null,
    seo: null,
    lcpMs: null,
    runtimeErrors: ['The page did not paint any content.'],
  })
  r.lighthouse.pages[0].median.performance = null
  const failed = evaluateBudgets(r).filter((b) => !b.ok)
  assert.equal(failed.length, 6)
  assert.equal(failed[0].budget, 'Lighthouse performance = 1.00 on `/`')
  assert.equal(failed[0].measured, 'n/a (no score)')
  assert.ok(
    failed
      .slice(1)
      .every((b) => b.measured === 'n/a (a run failed: The page did not paint any content.)'),
  )
})

test('a ratio printed with 2 decimals could read as within the limit; the printed figure never does', () => {
  const max = (x) => x <= 1.1
  // 1.104 used to print as "1.10 ×" next to "missed".
  assert.equal(fmtRatio(1.104, 1.1), '1.104 ×')
  assert.equal(fmtRatio(1.1004, 1.1), '1.1004 ×')
  assert.equal(fmtRatio(1.0996, 1.1), '1.100 ×')
  assert.equal(fmtRatio(1.07, 1.1), '1.070 ×')
  for (const x of [1.0999, 1.1, 1.10001, 1.1004, 1.104, 1.12, 0.5]) {
    assert.equal(max(Number(fmtNear(x, max))), max(x), `printed ${fmtNear(x, max)} for ${x}`)
  }
  assert.equal(
    fmtNear(0.999, (s) => s === 1, 2),
    '0.999',
  )
  assert.equal(fmtNear(null, max), 'n/a')
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
    '| `/portal` | 0.0 KiB | 10.5 KiB | 2.70 × | 2 |',
    'App Router floor (bare Next.js page)',
    'physical floor (`/portal` HTML alone)',
    '## 2. Lighthouse',
    '## 3. Build scaling',
    '## 4. Publish-to-live',
    '## 5. Load',
    'static file server',
  ]) {
    assert.ok(md.includes(s), `report lacks ${s}`)
  }
})

const MACHINE = {
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
}

test('a section that failed is reported as not measured', () => {
  const md = renderReport({
    results: { load: { error: 'next start failed: port in use\nstack' } },
    budgets: [],
    machine: MACHINE,
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
    machine: MACHINE,
    command: 'npm run bench',
    date: 'd',
    mode: 'full',
    config: configFor(false),
  })
  assert.match(md, /### Why a budget is missed/)
  assert.match(md, /One content query per build\*\* — measured 3 locations: 2, 1000 locations: 1/)
  assert.match(md, /`\/portal` 0\.94 \(TBT 10 ms/)
  assert.match(md, /bare Next\.js page scores 0\.99/)
  assert.match(md, /App Router floor \(bare Next\.js page, not budgeted\) \| 0\.99/)
})

const render = (results, mode = 'full') =>
  renderReport({
    results,
    budgets: mode === 'full' ? evaluateBudgets(results) : [],
    machine: MACHINE,
    command: 'npm run bench',
    date: 'd',
    mode,
    config: configFor(mode === 'smoke'),
  })

test('the Lighthouse section says how the median is taken and keeps every run', () => {
  const results = passing()
  const p = results.lighthouse.pages[1]
  p.runs = [0.98, 0.98, 0.99].map((performance, i) => ({
    ...p.runs[0],
    performance,
    lcpMs: 2100 + i,
    tbtMs: 60 + i,
  }))
  p.median.performance = 0.98
  const md = render(results)
  assert.match(md, /median of its own values across the runs/)
  assert.doesNotMatch(md, /median-run/)
  assert.ok(
    md.includes(
      '`/portal` 0.98 (2100 ms, 60 ms) · 1.00 / 1.00 / 1.00; 0.98 (2101 ms, 61 ms) · 1.00 / 1.00 / 1.00; 0.99 (2102 ms, 62 ms)',
    ),
  )
  assert.match(
    md,
    /\| `\/portal` \| 0\.98 \| 1\.00 \| 1\.00 \| 1\.00 \| 1000 ms \| 0\.000 \| 10 ms \|/,
  )
})

test('a failed Lighthouse run is listed, and the performance note copes with a missing score', () => {
  const results = passing()
  Object.assign(results.lighthouse.pages[0].median, {
    performance: null,
    tbtMs: null,
    lcpMs: null,
    runtimeErrors: ['Chrome crashed.'],
  })
  const md = render(results)
  assert.match(md, /Runs that failed:\n\n- `\/`: Chrome crashed\./)
  assert.match(md, /Lighthouse performance = 1\.00\*\* — measured `\/` n\/a \(TBT n\/a, LCP n\/a\)/)
})

test('the publish section says it is local mode and what Sanity mode waits for', () => {
  const results = passing()
  results.publish.sanityWait = { pollMs: 150, capMs: 5000, noRevisionWaitMs: 3000 }
  const md = render(results)
  const section = md.slice(md.indexOf('## 4. Publish-to-live'), md.indexOf('## 5. Load'))
  assert.match(section, /These figures are local mode only/)
  assert.match(
    section,
    /waits until the Content Lake \(`useCdn: false`\) shows the revision the webhook names \(`_rev` in its projection; for a delete, until the document is gone\), asking every 150 ms, and at most 5\.0 s/,
  )
  assert.match(section, /\*\*whether Sanity mode meets the 2 s budget is not known\*\*/)
  assert.match(section, /longer than 2 s to show misses it; the wait stops at the 5\.0 s cap/)
  assert.match(section, /without `_rev` waits a fixed 3\.0 s, which alone misses the 2 s budget/)
  assert.doesNotMatch(section, /SANITY_SETTLE_MS|waits a fixed 3000 ms/)
  assert.match(
    md,
    /Publish-to-live p95 ≤ 2 s \(local mode; Sanity mode, not measured, waits for the Content Lake: see section 4\) \| 0\.40 s \| met/,
  )

  results.publish.sanityWait = { pollMs: 100, capMs: 1500, noRevisionWaitMs: 1000 }
  const short = render(results)
  assert.match(short, /asking every 100 ms, and at most 1\.5 s/)
  assert.doesNotMatch(short, /misses it; the wait stops/)
  assert.match(short, /waits a fixed 1\.0 s, leaving 1000 ms of the 2 s budget/)
  results.publish.sanityWait = null
  assert.match(render(results), /the bench could not read how long \(`REVISION_POLL_MS`/)
})
