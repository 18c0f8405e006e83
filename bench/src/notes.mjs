// Hand-written explanations, shown in the report only when the matching budget is missed. Each is
// a function of the run's results so the figures quoted are the current ones; keep the reasoning
// true to the latest full run. Each says why, with the measurement, and what would meet it.

const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`)
const score = (s) => (s == null ? 'n/a' : s.toFixed(2))

/** Explanation per budget id (see budgets.mjs), given the run's results. */
export const EXPLANATIONS = {
  queries: (r) => {
    const counts = (r.scaling?.builds ?? [])
      .map((b) => `${b.locations} locations: ${b.queries ?? 'not counted'}`)
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
    const pages = r.lighthouse?.pages ?? []
    const floor = r.lighthouse?.floor?.median
    const worst = pages.filter((p) => p.median.performance == null || p.median.performance < 0.98)
    const list = worst
      .map(
        (p) =>
          `\`${p.path}\` ${score(p.median.performance)} (TBT ${ms(p.median.tbtMs)}, LCP ${ms(p.median.lcpMs)})`,
      )
      .join(', ')
    return (
      `**Lighthouse performance ≥ 0.98** — measured ${list}` +
      (floor
        ? `; the bare Next.js page scores ${score(floor.performance)} (TBT ${ms(floor.tbtMs)}, LCP ${ms(floor.lcpMs)}) in the same run`
        : '') +
      '. Layout shift is 0 and the JavaScript is within 1.1× the floor, so the points lost are LCP and Total Blocking ' +
      "Time. The LCP element (the page's lead paragraph) is painted in the very first frame — in the observed trace " +
      "first and largest contentful paint are the same moment — but that paint waits for the page's render-blocking " +
      'stylesheet (the floor has none), and the framework scripts, requested at the same time, often finish loading ' +
      "and run before it. Lighthouse's LCP estimate for a slow phone counts every script that finished before the " +
      'observed paint, so it lands near 1.3 s in one run and 2.0–2.3 s in the next. TBT swings with the load on this ' +
      "machine (2 shared cores; see the load average above): React's start-up and hydration cross the 50 ms long-task " +
      'line at ×4 CPU slowdown. Every run is listed above. What would meet it: inline the small stylesheet ' +
      "(Next.js's `experimental.inlineCss`), so the first paint no longer waits for a CSS request and comes before the " +
      'scripts, as on the floor page; keep the pages all Server Components, as now; and run the bench on an otherwise idle ' +
      'machine. The floor row shows how close the framework itself comes on the same hardware.'
    )
  },
  scaling: (r) => {
    const b = r.scaling?.builds ?? []
    const small = b.find((x) => x.locations === 3)
    const big = b.find((x) => x.locations === 1000)
    if (!small || !big) return ''
    const f = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} s`)
    return (
      `**1,000-location build ≤ 3 × the 3-location build** — measured ${(big.wallMs / 1000).toFixed(1)} s vs ` +
      `${(small.wallMs / 1000).toFixed(1)} s (${(big.wallMs / small.wallMs).toFixed(2)} ×). Generating the 1,007 pages ` +
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
 * fixed wait in the revalidate route (`settleMs`, read from its source) does to the budget.
 */
export function sanityModeNote(settleMs, limitMs) {
  const head =
    '**These figures are local mode only**: the site reads a dataset file, and the revalidate route expires the ' +
    'cache at once. The bench cannot measure Sanity mode (it needs a real project and the network). '
  if (settleMs == null) {
    return (
      head +
      'In Sanity mode the route waits before expiring the cache, but the bench could not read how long ' +
      '(`SANITY_SETTLE_MS` in `apps/web/src/app/api/revalidate/route.ts`); check it there before quoting these figures.'
    )
  }
  const s = `${(settleMs / 1000).toFixed(1)} s`
  const verdict =
    settleMs >= limitMs
      ? `so p95 in Sanity mode is ≥ ${s} and the ${limitMs / 1000} s budget is **missed** there, even before`
      : `so p95 in Sanity mode is ≥ ${s}, leaving ${ms(limitMs - settleMs)} of the ${limitMs / 1000} s budget for`
  return (
    head +
    `In Sanity mode \`apps/web/src/app/api/revalidate/route.ts\` first waits a fixed ${settleMs} ms ` +
    '(`SANITY_SETTLE_MS`, so the re-render does not read the Content Lake before the publish is visible to queries) ' +
    `and only then expires the cache. Every edit then takes at least ${s} from webhook to fresh page, ${verdict} ` +
    "Sanity's own delay in sending the webhook and the Content Lake query of the re-render. " +
    'What would meet it: wait only as long as needed. Add `_rev` to the webhook projection and have the route ' +
    "poll the Content Lake (`useCdn: false`) every 100–200 ms until that document's `_rev` is visible (for a " +
    'delete: until it is gone), with a cap of a few seconds, then expire; or use Sanity Live instead of a fixed ' +
    "wait (next-sanity's `defineLive` and `<SanityLive />`: the Live Content API sends a document's sync tags once " +
    "the change can be queried, to the pages visitors have open, and next-sanity's `revalidateSyncTags` expires them)."
  )
}
