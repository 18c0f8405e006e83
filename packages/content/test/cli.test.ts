import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SAMPLE_PATH } from './helpers'

const PACKAGE_DIR = resolve(__dirname, '..')
const REPO_ROOT = resolve(PACKAGE_DIR, '..', '..')
const BIN = join(PACKAGE_DIR, 'bin', 'doorway-content.mjs')

/** Runs the real command as a child process, with no content variables inherited. */
function run(args: string[], cwd = REPO_ROOT, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, ...extraEnv }
  for (const name of [
    'SANITY_PROJECT_ID',
    'SANITY_DATASET',
    'SANITY_API_VERSION',
    'SANITY_API_READ_TOKEN',
    'CONTENT_DATASET',
    'SITE_URL',
    'DOORWAY_QUERY_LOG',
  ]) {
    if (!(name in extraEnv)) delete env[name]
  }
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolvePromise) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env }, (error, stdout, stderr) => {
      resolvePromise({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr })
    })
  })
}

let dir: string
let ownSiteCopy: string
let sampleCopy: string
let badPhoneCopy: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'doorway-cli-'))
  ownSiteCopy = join(dir, 'own-site.ndjson')
  sampleCopy = join(dir, 'clinic.ndjson')
  badPhoneCopy = join(dir, 'bad-phone.ndjson')
  const sample = await readFile(SAMPLE_PATH, 'utf8')
  await writeFile(sampleCopy, sample)
  const badPhone = sample.replaceAll('"phone": "(217) 555-0142"', '"phone": "ask at the desk"')
  expect(badPhone).not.toBe(sample)
  await writeFile(badPhoneCopy, badPhone)
  const changed = sample.replaceAll(
    '"signInUrl": "https://mychart.maplegrovehealth.example/MyChart/"',
    '"signInUrl": "https://maplegrovepediatrics.example/portal"',
  )
  expect(changed).not.toBe(sample)
  await writeFile(ownSiteCopy, changed)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

jest.setTimeout(30_000)

describe('doorway-content check', () => {
  it('exits 0 on the sample dataset from the repository root, with a summary', async () => {
    const { code, stdout } = await run(['check'])
    expect(code).toBe(0)
    expect(stdout).toContain(
      `Checked ${SAMPLE_PATH} (published): 1 clinic, 2 portal vendors, 4 support contacts, 3 locations.`,
    )
    expect(stdout).toContain('No problems found.')
    // Each page's grade, in page order, the sample's at grade 6 or below.
    const grades =
      /Reading level of the texts you wrote \(aim for grade 8 or below\): \/ grade (\d+\.\d), \/portal grade (\d+\.\d), \/portal\/help grade (\d+\.\d)\./.exec(
        stdout,
      )
    expect(grades).not.toBeNull()
    for (const grade of grades!.slice(1)) expect(Number(grade)).toBeLessThanOrEqual(6)
  })

  it('exits 0 from the package directory and in the drafts perspective', async () => {
    const { code, stdout } = await run(['check', '--drafts'], PACKAGE_DIR)
    expect(code).toBe(0)
    expect(stdout).toContain('(drafts)')
  })

  it('exits 1 naming the clinic and portal.signInUrl when the sign-in address is a page of the clinic’s own website', async () => {
    const { code, stdout } = await run(['check', '--dataset', ownSiteCopy])
    expect(code).toBe(1)
    expect(stdout).toContain(
      'clinic "Maple Grove Pediatrics" › portal.signInUrl: This address is a page of your own website.',
    )
    expect(stdout).toContain('1 problem.')
  })

  it('reads CONTENT_DATASET from the environment', async () => {
    const { code, stdout } = await run(['check'], REPO_ROOT, { CONTENT_DATASET: ownSiteCopy })
    expect(code).toBe(1)
    expect(stdout).toContain(`Checked ${ownSiteCopy}`)
  })

  it('--json prints only {documentId, path, message} for each problem', async () => {
    const { code, stdout } = await run(['check', '--json', '--dataset', ownSiteCopy])
    expect(code).toBe(1)
    const problems: unknown = JSON.parse(stdout)
    expect(problems).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.signInUrl',
        message: expect.stringMatching(/^This address is a page of your own website/),
      },
    ])
    const ok = await run(['check', '--json'])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toEqual([])
  })

  it('says clearly that a foreign export has no clinic, with advice for a file', async () => {
    const { code, stdout } = await run([
      'check',
      '--dataset',
      'packages/content/test/fixtures/sanity-export-sample.tar.gz',
    ])
    expect(code).toBe(1)
    expect(stdout).toContain(
      'dataset: This dataset has no clinic document, so there is no site to build. The file being checked has no clinic in it',
    )
  })

  it('names documents in plain words, while --json keeps the raw id and path', async () => {
    const { code, stdout } = await run(['check', '--dataset', badPhoneCopy])
    expect(code).toBe(1)
    expect(stdout).toContain('support contact "Billing office" › phone: This is not a phone number')
    expect(stdout).not.toContain('supportContact')
    const json = await run(['check', '--json', '--dataset', badPhoneCopy])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual([
      {
        documentId: 'contact-billing',
        path: 'phone',
        message: expect.stringMatching(/^This is not a phone number/),
      },
    ])
  })

  it('--dataset needs no other settings: it works outside the repository, whatever SANITY_* says', async () => {
    // Outside the repository, without --dataset, there is nothing to check.
    const none = await run(['check'], dir)
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('No content source is configured.')

    const unrelated = {
      SANITY_PROJECT_ID: 'Not An Id',
      SANITY_DATASET: 'NO!',
      CONTENT_DATASET: 'x',
    }
    for (const file of [sampleCopy, 'clinic.ndjson']) {
      const { code, stdout, stderr } = await run(['check', '--dataset', file], dir, unrelated)
      expect([code, stderr]).toEqual([0, ''])
      expect(stdout).toContain(`Checked ${sampleCopy} (published): 1 clinic,`)
      expect(stdout).toContain('No problems found.')
    }
  })

  it('--dataset still reads SITE_URL, and says when it is not valid', async () => {
    const counted = await run(['check', '--dataset', sampleCopy], dir, {
      SITE_URL: 'https://mychart.maplegrovehealth.example',
    })
    expect(counted.code).toBe(1)
    expect(counted.stdout).toContain(
      'portal vendor "Epic" › portalDomains[0]: This domain includes your own website',
    )
    const bad = await run(['check', '--dataset', sampleCopy], dir, { SITE_URL: 'not a url' })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('- SITE_URL must be the absolute address of the deployed site')
  })

  it('exits 1 with a plain message when the file is missing or malformed', async () => {
    const missing = await run(['check', '--dataset', join(dir, 'nope.ndjson')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(
      `Cannot read the dataset file ${join(dir, 'nope.ndjson')}: there is no file at this path.`,
    )

    const bad = join(dir, 'bad.ndjson')
    await writeFile(bad, '{"_id": "clinic", "_type": "clinic"}\nnot json\n')
    const malformed = await run(['check', '--dataset', bad])
    expect(malformed.code).toBe(1)
    expect(malformed.stderr).toContain(`The dataset file ${bad}, line 2 is not a valid document`)
  })

  it('--json reports a source that cannot be read as one dataset problem, on stdout only', async () => {
    const missing = join(dir, 'nope.ndjson')
    const gone = await run(['check', '--json', '--dataset', missing])
    expect([gone.code, gone.stderr]).toEqual([1, ''])
    expect(JSON.parse(gone.stdout)).toEqual([
      {
        documentId: 'dataset',
        path: '',
        message: `Cannot read the dataset file ${missing}: there is no file at this path. Check CONTENT_DATASET or --dataset.`,
      },
    ])

    const bad = join(dir, 'bad-json.ndjson')
    await writeFile(bad, '{"_id": "clinic", "_type": "clinic"}\n{oops\n')
    const malformed = await run(['check', '--json', '--dataset', bad])
    expect([malformed.code, malformed.stderr]).toEqual([1, ''])
    expect(JSON.parse(malformed.stdout)).toEqual([
      {
        documentId: 'dataset',
        path: '',
        message: expect.stringContaining(`The dataset file ${bad}, line 2 is not a valid document`),
      },
    ])
  })

  it('exits 1 and lists bad environment variables', async () => {
    const { code, stderr } = await run(['check'], REPO_ROOT, { SITE_URL: 'not a url' })
    expect(code).toBe(1)
    expect(stderr).toContain('- SITE_URL must be the absolute address of the deployed site')
  })

  it('prints usage and exits 2 for an unknown command or flag', async () => {
    for (const args of [['bogus'], ['check', '--nope'], []]) {
      const { code, stderr } = await run(args)
      expect(code).toBe(2)
      expect(stderr).toContain('Usage: doorway-content check [--dataset FILE] [--json] [--drafts]')
    }
  })
})
