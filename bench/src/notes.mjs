// Hand-written explanations, shown in the report only when the matching budget is missed. Each is
// a function of the run's results so the figures quoted are the current ones; keep the reasoning
// true to the latest full run. Each says why, with the measurement, and what would meet it.
import { measured } from './budgets.mjs'
import { ms, score } from './stats.mjs'
/** @import { BenchResults, SanityWait } from './types' */

/**
 * Explanation per budget id (see budgets.mjs), given the run's results.
 * @type {Record<string, (r: BenchResults) => string>}
 */
export const EXPLANATIONS = {
  queries: (r) => {
    const counts = (measured(r.scaling)?.builds ?? [])
      .map(
        (b) =>
          `${b.locations} locations${b.englishOnly ? ' (English only)' : ''}: ${b.queries ?? 'not counted'}`,
      )
      .join(', ')
    return (
      `**One content query per build** — measured ${counts}. \`next build\` collects page data and prerenders in ` +
      'worker processes that share no memory, and Next.js bundles route handlers (the sitemap) apart from pages, so ' +
      '`unstable_cache` alone reads once per worker and bundle. `apps/web/src/lib/build-memo.ts` shares the first ' +
      "read through a file in the build's `.next/cache/doorway/`, keyed by the per-build id; a miss means that memo " +
      'was bypassed (is `NEXT_PHASE` still `phase-production-build` in the build workers of this Next.js version? ' +
      'is the dist dir writable?). The query log under `bench/.tmp/` names the process of each query. What would ' +
      'meet it: make every build-time read go through the memo again.'
    )
  },
  'lh-performance': (r) => {
    const lighthouse = measured(r.lighthouse)
    const pages = lighthouse?.pages ?? []
    const floor = lighthouse?.floor?.median
    const physical = lighthouse?.physicalFloor?.median
    const worst = pages.filter((p) => p.median.performance == null || p.median.performance < 1)
    const list = worst
      .map(
        (p) =>
          `\`${p.path}\` ${score(p.median.performance)} (TBT ${ms(p.median.tbtMs)}, LCP ${ms(p.median.lcpMs)})`,
      )
      .join(', ')
    return (
      `**Lighthouse performance = 1.00** — measured ${list}` +
      (floor
        ? `; the bare Next.js page scores ${score(floor.performance)} (TBT ${ms(floor.tbtMs)}, LCP ${ms(floor.lcpMs)}) in the same run`
        : '') +
      (physical
        ? `, and the physical floor ${score(physical.performance)} (LCP ${ms(physical.lcpMs)})`
        : '') +
      ". Published pages run no script (section 1), so the Total Blocking Time measured is the browser's own " +
      "parsing, style and layout under Lighthouse's 4× CPU slowdown, which stretches with whatever else runs on the " +
      'machine (see the load average above); the rest of the gap to the physical floor is the one render-blocking ' +
      'stylesheet request, which LCP waits for. What would meet it: run the bench on an otherwise idle machine; if a ' +
      'page still misses there, compare it with the physical floor row before changing it.'
    )
  },
  scaling: (r) => {
    const b = measured(r.scaling)?.builds ?? []
    const small = b.find((x) => x.locations === 3 && !x.englishOnly)
    const big = b.find((x) => x.locations === 1000 && !x.englishOnly)
    if (!small || !big) return ''
    const f = (/** @type {number | null} */ x) => (x == null ? 'n/a' : `${x.toFixed(1)} s`)
    return (
      `**1,000-location build ≤ 3 × the 3-location build** — measured ${(big.wallMs / 1000).toFixed(1)} s vs ` +
      `${(small.wallMs / 1000).toFixed(1)} s (${(big.wallMs / small.wallMs).toFixed(2)} ×). Generating the ${big.pages.toLocaleString('en-US')} pages ` +
      `took ${f(big.generateS)} (about ${Math.round(((big.generateS ?? 0) * 1000) / big.pages)} ms a page, on the one ` +
      'build worker Next.js starts on 2 cores); the rest is compile and type-check, a fixed cost that should not grow ' +
      `with the dataset but measured ${f(small.compileS)} / ${f(big.compileS)} compile for the small / large build, ` +
      'so other load on the machine moved it (see the load average). What would meet it: an otherwise idle machine ' +
      '(compile time then equal across sizes), more cores (more build workers), or prerendering fewer location pages ' +
      'at build time (generateStaticParams returning the busiest ones, the rest rendered on first visit and cached).'
    )
  },
}

/**
 * Always shown under publish-to-live: the bench measures local mode only, and what Sanity mode's
 * wait in the revalidate route (`wait`: its timings, imported from `@doorway/web/publish-wait`)
 * adds, which the bench cannot measure.
 * @param {SanityWait | null | undefined} wait
 * @param {number} limitMs
 */
export function sanityModeNote(wait, limitMs) {
  const head =
    '**These figures are local mode only**: the site reads a dataset file, and the revalidate route expires the ' +
    'cache at once. The bench cannot measure Sanity mode (it needs a real project and the network). '
  if (wait == null) {
    return (
      head +
      'In Sanity mode the route waits before expiring the cache, but the bench could not read how long ' +
      '(`REVISION_POLL_MS`, `REVISION_WAIT_CAP_MS` and `NO_REVISION_WAIT_MS` in `apps/web/src/lib/publish-wait.ts`); ' +
      'check it there before quoting these figures.'
    )
  }
  const secs = (/** @type {number} */ v) => `${(v / 1000).toFixed(1)} s`
  const limit = `${limitMs / 1000} s`
  const fixed =
    wait.noRevisionWaitMs >= limitMs
      ? `which alone misses the ${limit} budget`
      : `leaving ${ms(limitMs - wait.noRevisionWaitMs)} of the ${limit} budget`
  return (
    head +
    'In Sanity mode `apps/web/src/pages/api/revalidate.ts` first waits until the Content Lake (`useCdn: false`) ' +
    'shows the revision the webhook names (`_rev` in its projection; for a delete, until the document is gone), ' +
    `asking every ${wait.pollMs} ms, and at most ${secs(wait.capMs)}: then it expires the cache anyway and logs it. ` +
    'So the wait is however long the Content Lake takes to make a publish visible to queries (plus at most one ' +
    `${wait.pollMs} ms interval), not a fixed time. Sanity-mode publish-to-live is Sanity's delay in sending the ` +
    'webhook, plus that wait, plus the Content Lake query of the re-render, plus what is measured here; none of the ' +
    `first three is measured, so **whether Sanity mode meets the ${limit} budget is not known**` +
    (wait.capMs > limitMs
      ? ` (a publish the Content Lake takes longer than ${limit} to show misses it; the wait stops at the ${secs(wait.capMs)} cap).`
      : '.') +
    ` A webhook still set up without \`_rev\` waits a fixed ${secs(wait.noRevisionWaitMs)}, ${fixed}. ` +
    'Measuring it needs a real project: publish in the Studio and time until the page shows the change.'
  )
}
