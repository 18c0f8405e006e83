import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { findRepoRoot, readContentEnv } from '../src'
import { readDatasetFileEnv } from '../src/env'
import { DEFAULT_SANITY_API_VERSION } from '../src/queries'

const PACKAGE_DIR = resolve(__dirname, '..')
const REPO_ROOT = resolve(PACKAGE_DIR, '..', '..')
const SAMPLE = join(REPO_ROOT, 'packages/content/sample/clinic.ndjson')

describe('readContentEnv', () => {
  it('defaults to the sample dataset, found by walking up from the working directory', () => {
    expect(readContentEnv({}, join(REPO_ROOT, 'apps'))).toEqual({
      mode: 'local',
      datasetPath: SAMPLE,
    })
    expect(readContentEnv({}, PACKAGE_DIR)).toEqual({ mode: 'local', datasetPath: SAMPLE })
    expect(findRepoRoot(join(PACKAGE_DIR, 'src'))).toBe(REPO_ROOT)
  })

  it('selects Sanity when SANITY_PROJECT_ID is set, with defaults for dataset and API version', () => {
    expect(
      readContentEnv({ SANITY_PROJECT_ID: 'abc123', CONTENT_DATASET: 'ignored.ndjson' }),
    ).toEqual({
      mode: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: DEFAULT_SANITY_API_VERSION,
    })
    expect(
      readContentEnv({
        SANITY_PROJECT_ID: 'abc123',
        SANITY_DATASET: 'staging',
        SANITY_API_VERSION: '2025-02-19',
        SANITY_API_READ_TOKEN: 'sk-secret',
        SITE_URL: 'https://www.maplegrovepediatrics.example',
      }),
    ).toEqual({
      mode: 'sanity',
      projectId: 'abc123',
      dataset: 'staging',
      apiVersion: '2025-02-19',
      token: 'sk-secret',
      siteUrl: 'https://www.maplegrovepediatrics.example',
    })
  })

  it('treats empty variables as unset', () => {
    expect(readContentEnv({ SANITY_PROJECT_ID: '', SITE_URL: ' ' }, PACKAGE_DIR)).toEqual({
      mode: 'local',
      datasetPath: SAMPLE,
    })
  })

  it('throws one TypeError listing every bad variable', () => {
    let error: unknown
    try {
      readContentEnv({
        SITE_URL: 'maplegrovepediatrics.example',
        SANITY_PROJECT_ID: 'My Project',
        SANITY_DATASET: 'Production!',
        SANITY_API_VERSION: 'latest',
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TypeError)
    const message = (error as TypeError).message
    expect(message).toMatch(/^Some content settings \(environment variables\) are not valid:/)
    expect(message).toContain('- SANITY_PROJECT_ID must be a Sanity project id')
    expect(message).toContain('- SANITY_DATASET must be a dataset name')
    expect(message).toContain('- SANITY_API_VERSION must be a date like 2025-09-01.')
    expect(message).toContain(
      "- SITE_URL must be the absolute address of the deployed site. Set it to the site's public address only, like https://www.yourclinic.org.",
    )
  })

  // An origin only: sitemap entries and canonical URLs append a path to it.
  it.each([
    ['a query', 'https://www.clinic.example?x=1', /must not have a path, a query/],
    ['a fragment', 'https://www.clinic.example/#top', /must not have a path, a query/],
    ['an empty query', 'https://www.clinic.example/?', /must not have a path, a query/],
    ['a path', 'https://www.clinic.example/site', /must not have a path, a query/],
    ['a user name', 'https://admin@www.clinic.example', /user name or password/],
    ['a password', 'https://a:b@www.clinic.example', /user name or password/],
    ['plain http', 'http://www.clinic.example', /must start with https:\/\//],
    ['not a URL', 'www.clinic.example', /absolute address/],
  ])('refuses a SITE_URL with %s, naming the variable and the fix', (_, value, why) => {
    let message = ''
    try {
      readContentEnv({ SITE_URL: value }, PACKAGE_DIR)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/- SITE_URL /)
    expect(message).toMatch(why)
    expect(message).toContain('like https://www.yourclinic.org')
  })

  it.each([
    ['https://www.clinic.example', 'https://www.clinic.example'],
    ['https://www.clinic.example/', 'https://www.clinic.example'],
    ['  https://WWW.Clinic.example:443/ ', 'https://www.clinic.example'],
    ['https://www.clinic.example:8443', 'https://www.clinic.example:8443'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
  ])('reads SITE_URL %p as the origin %p', (value, origin) => {
    expect(readContentEnv({ SITE_URL: value }, PACKAGE_DIR)).toMatchObject({ siteUrl: origin })
  })

  it('refuses a SITE_URL that is not http(s)', () => {
    expect(() =>
      readContentEnv({ SITE_URL: 'ftp://maplegrovepediatrics.example' }, PACKAGE_DIR),
    ).toThrow(/SITE_URL/)
    expect(readContentEnv({ SITE_URL: 'http://localhost:3000' }, PACKAGE_DIR)).toMatchObject({
      siteUrl: 'http://localhost:3000',
    })
  })

  it('says what to set when there is no source and no sample to fall back on', async () => {
    const outside = await realpath(await mkdtemp(join(tmpdir(), 'doorway-env-')))
    try {
      expect(() => readContentEnv({}, outside)).toThrow(
        /No content source is configured\. Set SANITY_PROJECT_ID .* or CONTENT_DATASET/,
      )
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })
})

describe('CONTENT_DATASET paths', () => {
  it('keeps absolute paths', () => {
    expect(readContentEnv({ CONTENT_DATASET: '/data/clinic.ndjson' }, PACKAGE_DIR)).toEqual({
      mode: 'local',
      datasetPath: '/data/clinic.ndjson',
    })
  })

  it('resolves a relative path against the working directory first', async () => {
    const cwd = await realpath(await mkdtemp(join(tmpdir(), 'doorway-env-')))
    try {
      await writeFile(join(cwd, 'mine.ndjson'), '')
      expect(readContentEnv({ CONTENT_DATASET: 'mine.ndjson' }, cwd)).toEqual({
        mode: 'local',
        datasetPath: join(cwd, 'mine.ndjson'),
      })
    } finally {
      await rm(cwd, { recursive: true, force: true })
    }
  })

  it('falls back to the repository root (next runs in apps/web, the user typed the path from the root)', async () => {
    const appsDir = join(REPO_ROOT, 'apps')
    expect(
      readContentEnv({ CONTENT_DATASET: 'packages/content/sample/clinic.ndjson' }, appsDir),
    ).toEqual({
      mode: 'local',
      datasetPath: SAMPLE,
    })
  })

  it('resolves a path found nowhere against the working directory, so the error names it there', () => {
    expect(readContentEnv({ CONTENT_DATASET: 'missing/clinic.ndjson' }, PACKAGE_DIR)).toEqual({
      mode: 'local',
      datasetPath: join(PACKAGE_DIR, 'missing/clinic.ndjson'),
    })
  })
})

describe('readDatasetFileEnv (check --dataset FILE)', () => {
  it('reads only SITE_URL: other settings, valid or not, and a missing sample do not matter', async () => {
    const outside = await realpath(await mkdtemp(join(tmpdir(), 'doorway-env-')))
    try {
      const env = {
        SANITY_PROJECT_ID: 'My Project',
        SANITY_DATASET: 'Production!',
        SANITY_API_READ_TOKEN: 'sk-secret',
        CONTENT_DATASET: 'other.ndjson',
        DOORWAY_QUERY_LOG: '/tmp/log',
        SITE_URL: 'https://www.maplegrovepediatrics.example',
      }
      expect(readDatasetFileEnv('/data/clinic.ndjson', env, outside)).toEqual({
        mode: 'local',
        datasetPath: '/data/clinic.ndjson',
        siteUrl: 'https://www.maplegrovepediatrics.example',
      })
      expect(readDatasetFileEnv('clinic.ndjson', {}, outside)).toEqual({
        mode: 'local',
        datasetPath: join(outside, 'clinic.ndjson'),
      })
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })

  it('still refuses a SITE_URL that is not valid, naming only it', () => {
    expect(() =>
      readDatasetFileEnv('/data/clinic.ndjson', { SITE_URL: 'nope', SANITY_DATASET: 'Bad!' }),
    ).toThrow(
      /^Some content settings \(environment variables\) are not valid:\n- SITE_URL must be the absolute address of the deployed site\. Set it to the site's public address only, like https:\/\/www\.yourclinic\.org\.$/,
    )
  })
})
