import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readContentEnv } from '../src/env'
import { withQueryLog } from '../src/query-log'
import { createContentSource, type ContentSource } from '../src/sources'

const source: ContentSource = {
  description: 'test source',
  fetchSite: async () => ({ clinics: [] }),
}

describe('withQueryLog', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'query-log-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('appends one line per query when a log file is set', async () => {
    const file = join(dir, 'queries.log')
    const logged = withQueryLog(source, file)
    await expect(logged.fetchSite('published')).resolves.toEqual({ clinics: [] })
    await logged.fetchSite('drafts')
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('perspective=published')
    expect(lines[1]).toContain('perspective=drafts')
    expect(logged.description).toBe('test source')
  })

  it('returns the source unchanged and writes nothing when no log file is set', async () => {
    expect(withQueryLog(source, undefined)).toBe(source)
    expect(withQueryLog(source, '')).toBe(source)
    expect(existsSync(join(dir, 'queries.log'))).toBe(false)
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
