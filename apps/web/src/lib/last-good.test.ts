/** @jest-environment node */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ContentProblemsError, loadSite, type ContentEnv, type SiteContent } from '@doorway/content'
import { createLastGood } from './last-good'

const SAMPLE = resolve(__dirname, '../../../../packages/content/sample/clinic.ndjson')

/** A copy of the sample dataset this test may break and fix. */
function datasetCopy(): { env: ContentEnv; edit: (broken: boolean) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-last-good-'))
  const datasetPath = join(dir, 'clinic.ndjson')
  const sample = readFileSync(SAMPLE, 'utf8')
  writeFileSync(datasetPath, sample)
  return {
    env: { mode: 'local', datasetPath },
    edit: (broken) =>
      writeFileSync(
        datasetPath,
        broken
          ? sample.replaceAll(
              /"signInUrl": "[^"]+"/g,
              '"signInUrl": "https://maplegrovepediatrics.example/portal"',
            )
          : sample,
      ),
  }
}

/** A local port nothing listens on: a Content Lake that cannot be reached. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

describe('last good content', () => {
  it('serves the last content that passed when a later read has problems, logging them once', async () => {
    const { env, edit } = datasetCopy()
    const log: string[] = []
    const store = createLastGood({ file: null, log: (m) => log.push(m) })
    const load = () => loadSite({ env })

    const good = await store.read(load)
    edit(true)
    for (let i = 0; i < 3; i += 1) expect(await store.read(load)).toEqual(good)
    expect(log).toHaveLength(1)
    expect(log[0]).toContain('keeps showing the last good content')
    expect(log[0]).toContain('clinic "Maple Grove Pediatrics" › portal.signInUrl')

    // Fixed: the new content is served (and becomes the last good one).
    edit(false)
    expect(await store.read(load)).toEqual(good)
    edit(true)
    await store.read(load)
    // The same problems again after a good read are logged again: it is news.
    expect(log).toHaveLength(2)
    // Six checks of the bilingual sample: seconds when other work shares the cores.
  }, 30_000)

  it('fails as the build would when no content ever passed', async () => {
    const { env, edit } = datasetCopy()
    edit(true)
    const store = createLastGood({ file: null, log: () => {} })
    await expect(store.read(() => loadSite({ env }))).rejects.toBeInstanceOf(ContentProblemsError)
  })

  it('does not serialize the content it keeps again when it is remembered again (every page of a build does)', () => {
    let serialized = 0
    const content = {
      toJSON: () => {
        serialized += 1
        return { clinic: 'Maple Grove Pediatrics' }
      },
    } as unknown as SiteContent
    const store = createLastGood({ file: null })
    store.remember(content)
    store.remember(content)
    expect(serialized).toBe(1)
    // Another object is compared by its text, as before.
    store.remember({ ...content } as SiteContent)
    expect(serialized).toBe(2)
  })

  it('keeps it on disk, so a restarted server (a new store) still has it', async () => {
    const { env, edit } = datasetCopy()
    const file = join(mkdtempSync(join(tmpdir(), 'doorway-last-good-file-')), 'cache', 'last.json')
    const good = await createLastGood({ file }).read(() => loadSite({ env }))
    edit(true)
    const restarted = createLastGood({ file, log: () => {} })
    expect(await restarted.read(() => loadSite({ env }))).toEqual(good)
  })

  it('in Sanity mode, serves the last good content when the Content Lake cannot be reached', async () => {
    const { env: local } = datasetCopy()
    const good = await loadSite({ env: local })
    if (!good.ok) throw new Error('the sample should pass')
    const log: string[] = []
    const store = createLastGood({ file: null, log: (m) => log.push(m) })
    store.remember(good.content)
    const port = await closedPort()
    const sanity: ContentEnv = {
      mode: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-09-01',
      apiHost: `http://127.0.0.1:${port}`,
    }
    expect(await store.read(() => loadSite({ env: sanity }))).toEqual(good.content)
    expect(await store.read(() => loadSite({ env: sanity }))).toEqual(good.content)
    expect(log).toHaveLength(1)
    expect(log[0]).toMatch(/could not be read/)
  }, 60_000)
})
