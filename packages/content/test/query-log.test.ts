import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readContentEnv } from '../src/env'
import { createContentSource } from '../src/sources'
import { SAMPLE_PATH } from './helpers'

describe('the query log (DOORWAY_QUERY_LOG)', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'query-log-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('appends one line per query when a log file is set', async () => {
    const file = join(dir, 'queries.log')
    const plain = createContentSource({ mode: 'local', datasetPath: SAMPLE_PATH })
    const logged = createContentSource({ mode: 'local', datasetPath: SAMPLE_PATH, queryLog: file })
    await expect(logged.fetchSite('published')).resolves.toEqual(await plain.fetchSite('published'))
    await logged.fetchSite('drafts')
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('perspective=published')
    expect(lines[1]).toContain('perspective=drafts')
    expect(logged.description).toBe(SAMPLE_PATH)
  })

  it('logs nothing, and reads as usual, when no log file is set', async () => {
    for (const queryLog of [undefined, '']) {
      const source = createContentSource({ mode: 'local', datasetPath: SAMPLE_PATH, queryLog })
      await expect(source.fetchSite('published')).resolves.toMatchObject({ clinics: [{}] })
      expect(source.description).toBe(SAMPLE_PATH)
    }
  })

  it('is switched on by DOORWAY_QUERY_LOG through readContentEnv, for the real sources', async () => {
    const file = join(dir, 'build.log')
    const env = readContentEnv({ DOORWAY_QUERY_LOG: file })
    expect(env).toMatchObject({ mode: 'local', queryLog: file })
    await createContentSource(env).fetchSite('published')
    expect(readFileSync(file, 'utf8')).toMatch(/perspective=published source=.*clinic\.ndjson\n$/)
    expect(readContentEnv({})).not.toHaveProperty('queryLog')
  })
})
