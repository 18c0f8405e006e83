// Command-line flags.
import { pagePath } from '@doorway/web/page-meta'
import { PORTAL_PATH, SECOND_LANGUAGE } from './pages.mjs'
/** @import { BenchConfig, BenchOptions } from './types' */

/** Every section, in the order they run. */
export const SECTIONS = ['scaling', 'weight', 'lighthouse', 'load', 'publish']

const HELP = `Usage: npm run bench -- [--check] [--smoke] [--only=${SECTIONS.join(',')}] [--reuse-build] [--out=<file>]

  --check        exit 1 when a budget is missed (or a section could not be measured)
  --smoke        tiny sizes, no budgets, fast; writes bench/results-smoke.md, not docs/benchmarks.md
  --only=a,b     run only these sections (${SECTIONS.join(', ')}); writes bench/.tmp/benchmarks-partial.md
  --reuse-build  use the site build from an earlier run (apps/web/.next/bench/locations-3) if there is one
  --out=<file>   write the report here instead (relative to the repository root)

Only a full run (every section, not --smoke) writes docs/benchmarks.md by default.
`

/**
 * Parses argv (without node and script) into options; throws with the usage text on a bad flag.
 * @param {string[]} argv
 * @returns {BenchOptions}
 */
export function parseArgs(argv) {
  /** @type {BenchOptions} */
  const opts = {
    check: false,
    smoke: false,
    only: [...SECTIONS],
    reuseBuild: false,
    out: null,
    help: false,
  }
  for (const arg of argv) {
    if (arg === '--check') opts.check = true
    else if (arg === '--smoke') opts.smoke = true
    else if (arg === '--reuse-build') opts.reuseBuild = true
    else if (arg === '--help' || arg === '-h') opts.help = true
    else if (arg.startsWith('--only=')) {
      const names = arg
        .slice('--only='.length)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const unknown = names.filter((n) => !SECTIONS.includes(n))
      if (unknown.length || names.length === 0) {
        throw new Error(
          `Unknown section in --only: ${unknown.join(', ') || '(none given)'}.\n\n${HELP}`,
        )
      }
      opts.only = SECTIONS.filter((s) => names.includes(s))
    } else if (arg.startsWith('--out=')) opts.out = arg.slice('--out='.length)
    else throw new Error(`Unknown flag ${arg}.\n\n${HELP}`)
  }
  if (opts.smoke && opts.check)
    throw new Error('--smoke has no budgets, so it cannot be combined with --check.')
  return opts
}

export { HELP }

/**
 * Where the report goes, relative to the repository root: `--out`, else docs/benchmarks.md for a
 * full run only, so a smoke or partial run never replaces the committed report.
 * @param {BenchOptions} opts
 */
export function reportPath(opts) {
  if (opts.out) return opts.out
  if (opts.smoke) return 'bench/results-smoke.md'
  if (opts.only.length < SECTIONS.length) return 'bench/.tmp/benchmarks-partial.md'
  return 'docs/benchmarks.md'
}

/**
 * Sizes and durations for a full run or a smoke run.
 * @param {boolean} smoke
 * @returns {BenchConfig}
 */
export function configFor(smoke) {
  return smoke
    ? {
        sizes: [3],
        weightLoads: 1,
        lighthouseRuns: 1,
        // The portal, and its Spanish twin when the site has one.
        lighthousePages: [PORTAL_PATH, pagePath({ page: 'portal' }, SECOND_LANGUAGE)],
        languageComparison: 3,
        publishEdits: 2,
        loadSeconds: 3,
        loadConnections: 10,
      }
    : {
        sizes: [3, 100, 1000],
        weightLoads: 3,
        lighthouseRuns: 3,
        lighthousePages: null,
        languageComparison: 1000,
        publishEdits: 20,
        loadSeconds: 30,
        loadConnections: 50,
      }
}
