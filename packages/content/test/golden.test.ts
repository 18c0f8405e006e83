import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'

// The golden test: `doorway-content check --json` over broken datasets (test/fixtures/golden,
// made by its generate.mjs) must print exactly what it printed when the case was written. A
// refactor keeps this green; only a change of message meant for office managers updates a file,
// with `UPDATE_GOLDEN=1 npm test -- golden`.

const PACKAGE_DIR = resolve(__dirname, '..')
const BIN = join(PACKAGE_DIR, 'bin', 'doorway-content.mjs')
const FIXTURES = join(__dirname, 'fixtures')
const GOLDEN = join(FIXTURES, 'golden')

const CASES: {
  name: string
  dataset: string
  args?: string[]
  siteUrl?: string
  /** The dataset passes the check (exit code 0); every other case fails it. */
  passes?: boolean
}[] = [
  { name: 'model', dataset: 'golden/model.ndjson' },
  { name: 'no-clinic', dataset: 'golden/no-clinic.ndjson' },
  { name: 'not-a-clinic-export', dataset: 'sanity-export-sample.tar.gz' },
  { name: 'two-clinics', dataset: 'golden/two-clinics.ndjson' },
  { name: 'references', dataset: 'golden/references.ndjson' },
  { name: 'portal-links', dataset: 'golden/portal-links.ndjson' },
  {
    name: 'site-url',
    dataset: 'golden/site-url.ndjson',
    siteUrl: 'https://mychart.maplegrovehealth.example/',
  },
  { name: 'field-rules', dataset: 'golden/field-rules.ndjson' },
  { name: 'brand-colors', dataset: 'golden/brand-colors.ndjson' },
  { name: 'logo', dataset: 'golden/logo.ndjson' },
  { name: 'logo-file', dataset: 'golden/logo-file.ndjson' },
  { name: 'drafts', dataset: 'golden/drafts.ndjson', args: ['--drafts'] },
  { name: 'malformed-line', dataset: 'golden/malformed-line.ndjson' },
  { name: 'missing-file', dataset: 'golden/no-such-file.ndjson' },
  { name: 'wrong-file-type', dataset: 'golden/generate.mjs' },
  { name: 'help-topics', dataset: 'golden/help-topics.ndjson' },
  { name: 'translations', dataset: 'golden/translations.ndjson' },
  { name: 'site-languages', dataset: 'golden/site-languages.ndjson' },
  { name: 'not-live-language', dataset: 'golden/not-live-language.ndjson', passes: true },
]

/** Runs the real command from the fixtures folder, with no content variables but `SITE_URL`. */
function run(dataset: string, args: string[], siteUrl?: string) {
  const env: Record<string, string | undefined> = { ...process.env }
  for (const name of Object.keys(env))
    if (/^(SANITY_|CONTENT_DATASET|SITE_URL|DOORWAY_)/.test(name)) delete env[name]
  if (siteUrl !== undefined) env.SITE_URL = siteUrl
  return new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      process.execPath,
      [BIN, 'check', '--json', '--dataset', dataset, ...args],
      { cwd: FIXTURES, env },
      (error, stdout) => done({ code: error === null ? 0 : Number(error.code ?? 1), stdout }),
    )
  })
}

jest.setTimeout(60_000)

/** At most this many runs at once: all of them at once time out on a busy two-core machine. */
const AT_ONCE = Math.max(2, availableParallelism())

describe('doorway-content check --json, golden', () => {
  const results = new Map<string, Promise<{ code: number; stdout: string }>>()
  beforeAll(() => {
    // Each run starts when the one AT_ONCE places before it has finished, in the order of CASES.
    const started: Promise<unknown>[] = []
    CASES.forEach((c, i) => {
      const turn = started[i - AT_ONCE] ?? Promise.resolve()
      const result = turn.then(() => run(c.dataset, c.args ?? [], c.siteUrl))
      started.push(result)
      results.set(c.name, result)
    })
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, { passes }) => {
    const result = await results.get(name)
    if (result === undefined) throw new Error(`no run for ${name}`)
    // Paths in messages are absolute: keep the golden files free of this machine's folders.
    const stdout = result.stdout.replaceAll(FIXTURES, '<fixtures>')
    const file = join(GOLDEN, `${name}.json`)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, stdout)
    expect(result.code).toBe(passes === true ? 0 : 1)
    expect(stdout).toBe(readFileSync(file, 'utf8'))
  })
})
