// The bench's data, typed once: the `.mjs` modules import these in JSDoc (`@import`), and
// `npm run check-types` checks them (checkJs, strict). Types only; nothing here runs.

/** Sizes and durations of a full or a smoke run (`configFor`). */
export interface BenchConfig {
  sizes: number[]
  weightLoads: number
  lighthouseRuns: number
  /** Pages Lighthouse measures; null: the same pages as page weight. */
  lighthousePages: string[] | null
  /** The size built again in English only, to compare with the sample's languages; null: none. */
  languageComparison: number | null
  publishEdits: number
  loadSeconds: number
  loadConnections: number
}

/** The command-line flags (`parseArgs`). */
export interface BenchOptions {
  check: boolean
  smoke: boolean
  only: string[]
  reuseBuild: boolean
  out: string | null
  help: boolean
}

/** A section that could not be measured, and why. */
export interface Failed {
  error: string
}

/** A section's figures, or why it has none. */
export type Section<T> = (T & { error?: undefined }) | Failed

/** One timed child process (`timedRun`). */
export interface TimedRun {
  wallMs: number
  /** Largest sum of resident memory over the process tree, sampled every 200 ms. */
  peakTreeRss: number
  /** GNU time's largest single process, when GNU time is installed. */
  maxSingleRss: number | null
  /** The file holding the process's output. */
  log: string
}

/** Seconds of `next build`'s phases, null where its output did not say. */
export interface BuildPhases {
  compileS: number | null
  typecheckS: number | null
  generateS: number | null
}

export interface ScalingBuild extends BuildPhases {
  locations: number
  /** The comparison build: the clinic's other site languages switched off. */
  englishOnly: boolean
  /** The languages the dataset published, English first. */
  languages: string[]
  /** Bytes of the build output, `cache/` left out. */
  outputBytes: number
  pages: number
  wallMs: number
  msPerPage: number
  peakTreeRss: number
  maxSingleRss: number | null
  /** Content queries the build made; null when the query log was not written. */
  queries: number | null
  dataset: string
}

/** One page load's transfer (or the median over several). */
export interface PageWeight {
  jsBytes: number
  totalBytes: number
  requests: number
  /** Text responses over 1 KiB sent without compression. */
  uncompressedText: number
}

/** A page page weight and Lighthouse measure (`measuredPages`). */
export interface MeasuredPage {
  path: string
  /** The page's language: 'en', or the tag of the edition it belongs to. */
  language: string
  /** The English page it is the twin of (its own path for an English page). */
  english: string
}

/** A page left out of a run, and why (`probePages`): the site has no edition in its language yet. */
export interface SkippedPage extends MeasuredPage {
  reason: string
}

export interface WeightResult {
  pages: (PageWeight & MeasuredPage)[]
  /** Pages not measured; their budgets read "not measured". */
  skipped: SkippedPage[]
  floor: PageWeight & { buildMs: number }
  physicalFloor: PageWeight | null
}

/** One Lighthouse run, reduced (`summarizeLhr`). */
export interface LighthouseScores {
  performance: number | null
  accessibility: number | null
  bestPractices: number | null
  seo: number | null
  lcpMs: number | null
  cls: number | null
  tbtMs: number | null
  /** Ids of audits losing points outside performance. */
  failing: string[]
}

export interface LighthouseRun extends LighthouseScores {
  runtimeError: string | null
}

/** Per-score medians over the runs (`medianSummary`). */
export interface LighthouseMedian extends LighthouseScores {
  runtimeErrors: string[]
}

/** Lighthouse on one page (`lighthouseMedian`). */
export interface LighthousePage {
  url: string
  median: LighthouseMedian
  runs: LighthouseRun[]
}

export interface LighthouseResult {
  pages: (LighthousePage & MeasuredPage)[]
  /** Pages not measured; their budgets read "not measured". */
  skipped: SkippedPage[]
  /** The App Router floor; a report renders without it. */
  floor?: LighthousePage
  physicalFloor: LighthousePage | null
}

/** One autocannon run, reduced (`summarizeLoad`). */
export interface LoadSummary {
  url: string
  seconds: number
  connections: number
  requests: number
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  /** Connection errors (timeouts among them) plus non-2xx answers. */
  errors: number
  non2xx: number
  timeouts: number
  bytesPerReq: number | null
}

export interface LoadResult {
  next: LoadSummary
  static: LoadSummary
}

/** The revalidate route's Sanity-mode wait (`@doorway/web/publish-wait`). */
export interface SanityWait {
  pollMs: number
  capMs: number
  noRevisionWaitMs: number
}

export interface PublishResult {
  edits: number
  pagePath: string
  samples: number[]
  /** True when the preview script built its own copy of the site. */
  ownBuild: boolean
  medianMs: number
  p95Ms: number
  sanityWait: SanityWait | null
}

/** Whatever sections ran. */
export interface BenchResults {
  scaling?: Section<{ builds: ScalingBuild[] }>
  weight?: Section<WeightResult>
  lighthouse?: Section<LighthouseResult>
  load?: Section<LoadResult>
  publish?: Section<PublishResult>
}

/** One budget, checked (`evaluateBudgets`). */
export interface Budget {
  id: string
  budget: string
  measured: string
  ok: boolean
}

/** Machine and tool versions for the report's header (`describeMachine`). */
export interface Machine {
  cpus: number
  cpuModel: string
  memGiB: number
  os: string
  node: string
  chromium: string | null
  next: string
  react: string
  lighthouse: string
  autocannon: string
  commit: string
  loadAvg: string
  /** The load average when the run started. */
  loadAvgStart?: string
}

/** A server the bench started (`startServer`). */
export interface StartedServer {
  child: import('node:child_process').ChildProcess
  stop: () => Promise<void>
  log: string
}

/** Environment variables to add to a child's environment. */
export type Env = Record<string, string | undefined>
