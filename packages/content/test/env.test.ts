import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { findRepoRoot, readContentEnv } from '../src'
import { readDatasetFileEnv, resolveDatasetPath } from '../src/env'
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
      '- SITE_URL must be the absolute address of the deployed site, like https://www.yourclinic.org.',
    )
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
      expect(resolveDatasetPath('mine.ndjson', cwd)).toBe(join(cwd, 'mine.ndjson'))
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
    expect(resolveDatasetPath('missing/clinic.ndjson', PACKAGE_DIR)).toBe(
      join(PACKAGE_DIR, 'missing/clinic.ndjson'),
    )
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
      /^Some content settings \(environment variables\) are not valid:\n- SITE_URL must be the absolute address of the deployed site, like https:\/\/www\.yourclinic\.org\.$/,
    )
  })
})
