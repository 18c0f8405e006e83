import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { pack } from 'tar-stream'
import { applyPerspective, checkSite, createSanityClient, readDataset, SITE_QUERY } from '../src'
import { createContentSource, parseNdjson, type RawDocument } from '../src/sources'
import { SAMPLE_PATH } from './helpers'

const FOREIGN_EXPORT = join(__dirname, 'fixtures', 'sanity-export-sample.tar.gz')
const DRAFT_PHRASE = 'New this winter: book well-child visits online in MyChart.'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'doorway-content-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const localSource = (datasetPath: string) => createContentSource({ mode: 'local', datasetPath })

/** Builds a gzipped tar like `sanity dataset export` writes. */
async function tarball(entries: Record<string, string>): Promise<Buffer> {
  const archive = pack()
  const chunks: Buffer[] = []
  archive.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
  const ended = new Promise<void>((resolve) => archive.on('end', () => resolve()))
  for (const [name, text] of Object.entries(entries)) archive.entry({ name }, text)
  archive.finalize()
  await ended
  return gzipSync(Buffer.concat(chunks))
}

describe('readDataset', () => {
  it('reads the sample .ndjson, drafts included', async () => {
    const docs = await readDataset(SAMPLE_PATH)
    expect(docs).toHaveLength(11)
    expect(docs.map((d) => d._id)).toContain('drafts.clinic')
  })

  it('reads a real export .tar.gz from another project end to end, and check says it has no clinic', async () => {
    const docs = await readDataset(FOREIGN_EXPORT)
    expect(docs.length).toBe(12)
    expect(docs.some((d) => d._type === 'post')).toBe(true)

    const result = await localSource(FOREIGN_EXPORT).fetchSite('published')
    expect(checkSite(result)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          documentId: 'dataset',
          path: '',
          message: expect.stringMatching(/^This dataset has no clinic document/),
        }),
      ],
    })
  })

  it('reads a .tar.gz export of the sample clinic built here', async () => {
    const file = join(dir, 'maple-grove.tar.gz')
    const ndjson = await readFile(SAMPLE_PATH, 'utf8')
    await writeFile(
      file,
      await tarball({
        'maple-grove-export/assets.json': '{}',
        'maple-grove-export/data.ndjson': ndjson,
      }),
    )
    expect(await readDataset(file)).toEqual(await readDataset(SAMPLE_PATH))
    const result = checkSite(await localSource(file).fetchSite('drafts'))
    expect(result.ok && result.content.portal.explanation).toContain(DRAFT_PHRASE)
  })

  it('names the file and the line of a malformed NDJSON line', async () => {
    const file = join(dir, 'broken.ndjson')
    const lines = (await readFile(SAMPLE_PATH, 'utf8')).trimEnd().split('\n')
    lines[3] = lines[3]!.slice(0, -1) // drop the closing brace of line 4
    await writeFile(file, lines.join('\n'))
    await expect(readDataset(file)).rejects.toThrow(
      `The dataset file ${file}, line 4 is not a valid document`,
    )
  })

  it('names the line of a malformed line inside a .tar.gz', async () => {
    const file = join(dir, 'broken.tar.gz')
    await writeFile(
      file,
      await tarball({ 'x/data.ndjson': '{"_id":"a","_type":"clinic"}\n\n[1, 2]\n' }),
    )
    await expect(readDataset(file)).rejects.toThrow(
      `The dataset file ${file} (x/data.ndjson), line 3 is not a valid document: each line must be one JSON object.`,
    )
  })

  it('names the line of a document without _id', () => {
    expect(() =>
      parseNdjson('{"_id":"a","_type":"clinic"}\n{"_type":"clinic"}\n', 'mem.ndjson'),
    ).toThrow(
      'The dataset file mem.ndjson, line 2 is not a valid document: it has no "_id" or no "_type".',
    )
  })

  it('says plainly when the file is missing, of the wrong kind, or not a real archive', async () => {
    const missing = join(dir, 'nope.ndjson')
    await expect(readDataset(missing)).rejects.toThrow(
      `Cannot read the dataset file ${missing}: there is no file at this path.`,
    )
    await expect(readDataset(join(dir, 'clinic.json'))).rejects.toThrow(
      /must be a Sanity dataset export, ending in \.ndjson or \.tar\.gz/,
    )
    const folder = join(dir, 'folder.ndjson')
    await mkdir(folder)
    await expect(readDataset(folder)).rejects.toThrow(
      `Cannot read the dataset file ${folder}: it is a folder, not a file.`,
    )
    const notGzip = join(dir, 'fake.tar.gz')
    await writeFile(notGzip, 'hello')
    await expect(readDataset(notGzip)).rejects.toThrow(
      `Cannot read the dataset file ${notGzip}: it is not a valid .tar.gz file`,
    )
    const noData = join(dir, 'nodata.tar.gz')
    await writeFile(noData, await tarball({ 'x/assets.json': '{}' }))
    await expect(readDataset(noData)).rejects.toThrow(
      `Cannot read the dataset file ${noData}: it has no data.ndjson inside.`,
    )
  })
})

describe('applyPerspective', () => {
  const docs: RawDocument[] = [
    { _id: 'a', _type: 't', v: 1 },
    { _id: 'drafts.a', _type: 't', v: 2 },
    { _id: 'b', _type: 't', v: 1 },
    { _id: 'drafts.c', _type: 't', v: 3 },
    { _id: 'versions.r1.a', _type: 't', v: 9 },
  ]

  it('published drops drafts and release versions', () => {
    expect(applyPerspective(docs, 'published').map((d) => d._id)).toEqual(['a', 'b'])
  })

  it('drafts overlays drafts.X on X under the id X, and keeps never-published drafts', () => {
    expect(applyPerspective(docs, 'drafts')).toEqual([
      { _id: 'a', _type: 't', v: 2 },
      { _id: 'b', _type: 't', v: 1 },
      { _id: 'c', _type: 't', v: 3 },
    ])
  })
})

describe('local source', () => {
  it('reads the file on every call, so edits show up without a restart', async () => {
    const file = join(dir, 'live.ndjson')
    const original = await readFile(SAMPLE_PATH, 'utf8')
    await writeFile(file, original)
    const source = localSource(file)
    expect(source.description).toBe(file)
    const before = checkSite(await source.fetchSite('published'))
    expect(before.ok && before.content.clinic.name).toBe('Maple Grove Pediatrics')
    await writeFile(
      file,
      original.replaceAll('"name": "Maple Grove Pediatrics"', '"name": "Maple Grove Kids"'),
    )
    const after = checkSite(await source.fetchSite('published'))
    expect(after.ok && after.content.clinic.name).toBe('Maple Grove Kids')
  })

  it('is chosen for local mode', () => {
    expect(createContentSource({ mode: 'local', datasetPath: SAMPLE_PATH }).description).toBe(
      SAMPLE_PATH,
    )
  })
})

describe('Sanity source', () => {
  const env = {
    mode: 'sanity',
    projectId: 'abc123',
    dataset: 'production',
    apiVersion: '2025-09-01',
  } as const

  it('describes itself by project and dataset', () => {
    expect(createContentSource(env).description).toBe('Sanity project abc123, dataset production')
  })

  it('refuses draft preview without a read token, before any request', async () => {
    await expect(createContentSource(env).fetchSite('drafts')).rejects.toThrow(
      /Draft preview needs a read token: set SANITY_API_READ_TOKEN/,
    )
  })
})

/** What the local stand-in for the Sanity API saw of one request. */
interface SeenRequest {
  method: string
  path: string
  params: URLSearchParams
  headers: IncomingHttpHeaders
}

/**
 * Runs `use` against a real HTTP server on 127.0.0.1 that answers every query with `result`, and
 * returns what it saw, so that the test checks the request the real @sanity/client sends.
 */
async function withLocalApi(
  result: unknown,
  use: (apiHost: string) => Promise<void>,
): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = []
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    seen.push({
      method: request.method ?? '',
      path: url.pathname,
      params: url.searchParams,
      headers: request.headers,
    })
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ result, ms: 1 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as AddressInfo
    await use(`http://127.0.0.1:${port}`)
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return seen
}

describe('Sanity source requests (a local server stands in for the API)', () => {
  const RESULT = { clinics: [], vendors: [], contacts: [], locations: [] }
  const base = {
    mode: 'sanity',
    projectId: 'abc123',
    dataset: 'production',
    apiVersion: '2025-09-01',
  } as const

  it('reads published content without a token: SITE_QUERY, perspective published, no Authorization', async () => {
    let fetched: unknown
    const seen = await withLocalApi(RESULT, async (apiHost) => {
      fetched = await createContentSource({ ...base, apiHost }).fetchSite('published')
    })
    expect(fetched).toEqual(RESULT)
    expect(seen).toHaveLength(1)
    const [request] = seen
    expect(request).toMatchObject({ method: 'GET', path: '/v2025-09-01/data/query/production' })
    expect(request?.params.get('query')).toBe(SITE_QUERY)
    expect(request?.params.get('perspective')).toBe('published')
    expect(request?.headers.authorization).toBeUndefined()
    expect(request?.headers['x-sanity-project-id']).toBe('abc123')
  })

  it('reads drafts with the token as a bearer token, through fetch when there are cache tags', async () => {
    const seen = await withLocalApi(RESULT, async (apiHost) => {
      const source = createContentSource({ ...base, apiHost, token: 'sk-test' })
      await source.fetchSite('drafts')
      await source.fetchSite('drafts', { tags: ['site'] })
    })
    expect(seen).toHaveLength(2)
    for (const request of seen) {
      expect(request.params.get('perspective')).toBe('drafts')
      expect(request.params.get('query')).toBe(SITE_QUERY)
      expect(request.headers.authorization).toBe('Bearer sk-test')
    }
  })

  it('sends a configured token for published reads too, so a private dataset can be built', async () => {
    const seen = await withLocalApi(RESULT, async (apiHost) => {
      await createContentSource({ ...base, apiHost, token: 'sk-test' }).fetchSite('published')
    })
    expect(seen.map((r) => [r.params.get('perspective'), r.headers.authorization])).toEqual([
      ['published', 'Bearer sk-test'],
    ])
  })

  it('createSanityClient sends any query with the site’s project, dataset, API version, token and perspective', async () => {
    let revision: unknown
    const seen = await withLocalApi('rev-2', async (apiHost) => {
      const client = createSanityClient({ ...base, apiHost, token: 'sk-test' }, 'published')
      revision = await client.fetch('*[_id == $id][0]._rev', { id: 'clinic' })
    })
    expect(revision).toBe('rev-2')
    expect(seen).toHaveLength(1)
    const [request] = seen
    expect(request).toMatchObject({ method: 'GET', path: '/v2025-09-01/data/query/production' })
    expect(request?.params.get('query')).toBe('*[_id == $id][0]._rev')
    expect(request?.params.get('$id')).toBe('"clinic"')
    expect(request?.params.get('perspective')).toBe('published')
    expect(request?.headers.authorization).toBe('Bearer sk-test')
    expect(request?.headers['x-sanity-project-id']).toBe('abc123')
  })

  it('createSanityClient with maxRetries 0 asks once on a 503; by default the client retries', async () => {
    let requests = 0
    const server = createServer((_request, response) => {
      requests += 1
      response.writeHead(503, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: 'Service Unavailable' }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const once = createSanityClient({ ...base, apiHost }, 'published', { maxRetries: 0 })
      await expect(once.fetch('*[_id == "clinic"][0]._rev')).rejects.toThrow(/Service Unavailable/)
      expect(requests).toBe(1)
      requests = 0
      const twice = createSanityClient({ ...base, apiHost }, 'published', { maxRetries: 1 })
      await expect(twice.fetch('*[_id == "clinic"][0]._rev')).rejects.toThrow(/Service Unavailable/)
      expect(requests).toBe(2)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('goes to the project’s API host, never the CDN (seen by a local proxy)', async () => {
    // With the real API host, the request is tunnelled through HTTPS_PROXY; the proxy records
    // which host it was asked for and refuses, so nothing leaves this machine.
    const hosts: string[] = []
    const proxy = createServer()
    proxy.on('connect', (request: IncomingMessage, socket: Duplex) => {
      hosts.push(request.url ?? '')
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const saved = { https: process.env.HTTPS_PROXY, no: process.env.NO_PROXY }
    try {
      process.env.HTTPS_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
      delete process.env.NO_PROXY
      // @sanity/client 8 reads the proxy variables once per process, on its first request, so
      // this test loads a fresh copy of the source after setting them.
      await jest.isolateModulesAsync(async () => {
        const fresh = (await import('../src/sources')) as typeof import('../src/sources')
        await expect(fresh.createContentSource(base).fetchSite('published')).rejects.toThrow()
      })
    } finally {
      if (saved.https === undefined) delete process.env.HTTPS_PROXY
      else process.env.HTTPS_PROXY = saved.https
      if (saved.no !== undefined) process.env.NO_PROXY = saved.no
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
    }
    expect(hosts.length).toBeGreaterThan(0)
    expect(new Set(hosts)).toEqual(new Set(['abc123.api.sanity.io:443']))
  })
})
