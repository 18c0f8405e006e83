/** @jest-environment node */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import {
  SAMPLE_DATASET_PATH,
  SITE_QUERY,
  applyPerspective,
  findRepoRoot,
  readDataset,
  runQuery,
  type RawDocument,
  type SanityContentEnv,
} from '@doorway/content'
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook'
import { sitePaths } from './cache-tags'
import { pagePath } from './page-meta'
import { REVISION_POLL_MS, REVISION_WAIT_CAP_MS, settleFor, settleWarning } from './publish-wait'
import { checkPublishedContent, handleRevalidateWebhook } from './revalidate-webhook'

// The Content Lake cannot run here, so a small HTTP server on 127.0.0.1 stands in for it: it
// answers every GROQ query with groq-js over a dataset that changes from the old version to the
// new one after a set number of revision reads. The client is the real @sanity/client, set up by
// the same `settleFor` the route calls, with the route's real timings; the content check after
// the wait is the real `loadSite`. So these tests see the requests the route would make.

const SECRET = 'a-webhook-secret-of-some-length'
const REVISION_QUERY = '*[_id == $id][0]._rev'

/** One request the stand-in answered. */
interface Served {
  kind: 'revision' | 'site' | 'other'
  /** Milliseconds since the stand-in started. */
  at: number
  version: 'old' | 'new' | 'error' | 'hung'
  answer: unknown
}

interface StandIn {
  env: SanityContentEnv
  served: Served[]
  close: () => Promise<void>
}

/**
 * Starts the stand-in. The first `oldReads` revision reads see `old`; every read after that
 * (revision or site) sees `fresh`. `fail` lists revision reads (1-based) answered with a 503 (which the client would retry by itself),
 * and `hang` makes every revision read go unanswered.
 */
async function startContentLake(options: {
  old: RawDocument[]
  fresh: RawDocument[]
  oldReads: number
  fail?: number[]
  hang?: boolean
}): Promise<StandIn> {
  const served: Served[] = []
  const started = Date.now()
  let revisionReads = 0
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const query = url.searchParams.get('query') ?? ''
    const kind = query === REVISION_QUERY ? 'revision' : query === SITE_QUERY ? 'site' : 'other'
    const at = Date.now() - started
    if (kind === 'revision') revisionReads += 1
    if (kind === 'revision' && options.hang) {
      served.push({ kind, at, version: 'hung', answer: undefined })
      return
    }
    if (kind === 'revision' && options.fail?.includes(revisionReads)) {
      served.push({ kind, at, version: 'error', answer: 503 })
      response.writeHead(503, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: 'Service Unavailable', message: 'try again' }))
      return
    }
    const params: Record<string, unknown> = {}
    for (const [key, value] of url.searchParams) {
      if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
    }
    const stale = kind === 'revision' ? revisionReads <= options.oldReads : false
    const documents = applyPerspective(stale ? options.old : options.fresh, 'published')
    void runQuery(query, documents, params).then(
      (result) => {
        served.push({ kind, at, version: stale ? 'old' : 'new', answer: result })
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ result, ms: 1, query }))
      },
      (error: unknown) => {
        response.writeHead(400, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ error: String(error) }))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    env: {
      mode: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-09-01',
      apiHost: `http://127.0.0.1:${port}`,
    },
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

let sample: RawDocument[]
beforeAll(async () => {
  const root = findRepoRoot(__dirname)
  if (root === null) throw new Error('The sample dataset was not found above this test.')
  sample = await readDataset(join(root, SAMPLE_DATASET_PATH))
})

/** The sample with each published document at `rev`, and `edit` applied to the clinic. */
function version(rev: string, edit: (clinic: RawDocument) => RawDocument = (c) => c) {
  return sample.map((doc) => {
    const withRev = { ...doc, _rev: rev }
    return doc._id === 'clinic' ? edit(withRev) : withRev
  })
}

/** Sends a signed webhook with `body` through the handler the route uses, wired as the route wires it. */
async function webhook(lake: StandIn, body: object, wait = {}) {
  const raw = JSON.stringify(body)
  const headers = new Headers({
    'content-type': 'application/json',
    [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(raw, Date.now(), SECRET),
  })
  const expired: string[] = []
  const warnings: string[] = []
  const waitFor = settleFor(lake.env, wait)
  const started = Date.now()
  const result = await handleRevalidateWebhook(
    new Request('http://localhost/api/revalidate', { method: 'POST', headers, body: raw }),
    {
      secret: SECRET,
      isPrerendered: () => true,
      revalidatePath: async (path) => {
        expired.push(path)
      },
      settle: async (change) => {
        const outcome = await waitFor(change)
        const warning = settleWarning(change, outcome)
        if (warning !== null) warnings.push(warning)
        return outcome
      },
      checkPublished: () => checkPublishedContent(lake.env),
    },
  )
  return { result, expired, warnings, tookMs: Date.now() - started }
}

// Every page of the sample clinic, which a clinic change re-renders: in English and in Spanish,
// the sample's one live translation (its Vietnamese is not live, so it has no pages).
const SLUGS = ['downtown', 'northside', 'riverside']
const EVERY_PAGE = [
  ...sitePaths(['en', 'es']),
  ...['en', 'es'].flatMap((lang) =>
    SLUGS.map((slug) => pagePath({ page: 'location', slug }, lang)),
  ),
]

const NEW_TEXT = 'Edited in the Studio: MyChart now has online check-in.'
type Texts = { language: string; value?: string }[]
// The office manager edits the English text of a translated field; the Spanish one stays.
const edited = (clinic: RawDocument) => {
  const portal = clinic.portal as { explanation: Texts }
  const explanation = portal.explanation.map((text) =>
    text.language === 'en' ? { ...text, value: NEW_TEXT } : text,
  )
  return { ...clinic, portal: { ...portal, explanation } }
}

describe('waiting for the Content Lake (real @sanity/client, local stand-in server)', () => {
  it('waits exactly until the new revision is visible, then reads the site once and expires', async () => {
    const OLD_READS = 3
    const lake = await startContentLake({
      old: version('rev-old'),
      fresh: version('rev-new', edited),
      oldReads: OLD_READS,
    })
    try {
      const { result, expired, warnings, tookMs } = await webhook(lake, {
        _type: 'clinic',
        _id: 'clinic',
        _rev: 'rev-new',
        deleted: false,
      })
      expect(result.status).toBe(200)
      expect(result.body).toMatchObject({ settled: { how: 'visible', reads: OLD_READS + 1 } })
      expect(expired).toEqual(EVERY_PAGE)
      expect(warnings).toEqual([])

      // The old revision three times, the new one once, then the site query: nothing after the match.
      expect(
        lake.served.map((s) => [s.kind, s.version, s.kind === 'site' ? '…' : s.answer]),
      ).toEqual([
        ['revision', 'old', 'rev-old'],
        ['revision', 'old', 'rev-old'],
        ['revision', 'old', 'rev-old'],
        ['revision', 'new', 'rev-new'],
        ['site', 'new', '…'],
      ])
      // The content check read the new text.
      const site = lake.served.at(-1)?.answer as { clinics: { portal: { explanation: Texts } }[] }
      const english = site.clinics[0]?.portal.explanation.find((text) => text.language === 'en')
      expect(english?.value).toBe(NEW_TEXT)

      // Reads were at least a poll interval apart (the order above shows no extra round after
      // the match). Only lower bounds: a loaded machine may stretch any interval.
      const at = lake.served.map((s) => s.at)
      for (let i = 1; i <= OLD_READS; i += 1) {
        expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(REVISION_POLL_MS - 2)
      }
      expect(tookMs).toBeGreaterThanOrEqual(OLD_READS * REVISION_POLL_MS)
    } finally {
      await lake.close()
    }
  })

  it('does not wait at all when the new revision is already visible', async () => {
    const lake = await startContentLake({
      old: version('rev-old'),
      fresh: version('rev-new'),
      oldReads: 0,
    })
    try {
      const { result } = await webhook(lake, {
        _type: 'clinic',
        _id: 'clinic',
        _rev: 'rev-new',
      })
      expect(result.body).toMatchObject({ settled: { how: 'visible', reads: 1 } })
      expect(lake.served.map((s) => s.kind)).toEqual(['revision', 'site'])
    } finally {
      await lake.close()
    }
  })

  it(
    `gives up at the cap (${REVISION_WAIT_CAP_MS} ms), logs it, and refreshes anyway`,
    async () => {
      const lake = await startContentLake({
        old: version('rev-old'),
        fresh: version('rev-new'),
        oldReads: Number.POSITIVE_INFINITY,
      })
      try {
        const { result, expired, warnings, tookMs } = await webhook(lake, {
          _type: 'clinic',
          _id: 'clinic',
          _rev: 'rev-new',
          deleted: false,
        })
        expect(result.status).toBe(200)
        expect(result.body).toMatchObject({ settled: { how: 'cap', lastSeen: 'rev-old' } })
        expect(expired).toEqual(EVERY_PAGE)
        expect(warnings).toEqual([
          expect.stringMatching(
            /^\[doorway\] Waited \d+ ms \(\d+ reads\) for Sanity to show revision rev-new of clinic "clinic", but it still showed revision rev-old\. Refreshing the pages anyway/,
          ),
        ])
        const revisions = lake.served.filter((s) => s.kind === 'revision')
        expect(revisions.every((s) => s.version === 'old')).toBe(true)
        // It kept asking, never faster than the poll interval, so at most cap ÷ interval + 1 reads
        // (a count, not a clock: a loaded machine may serve the last read after the cap).
        expect(revisions.length).toBeGreaterThan(1)
        expect(revisions.length).toBeLessThanOrEqual(
          Math.floor(REVISION_WAIT_CAP_MS / REVISION_POLL_MS) + 1,
        )
        expect(lake.served.at(-1)?.kind).toBe('site')
        expect(tookMs).toBeGreaterThanOrEqual(REVISION_WAIT_CAP_MS)
      } finally {
        await lake.close()
      }
    },
    REVISION_WAIT_CAP_MS + 10_000,
  )

  it('for a delete, waits until the document is gone, then expires its page', async () => {
    const old = version('rev-old')
    const lake = await startContentLake({
      old,
      fresh: old.filter((doc) => doc._id !== 'location-riverside'),
      oldReads: 2,
    })
    try {
      const { result, expired } = await webhook(lake, {
        _type: 'location',
        _id: 'location-riverside',
        _rev: 'rev-old',
        deleted: true,
        slug: 'riverside',
        previousSlug: 'riverside',
      })
      expect(result.status).toBe(200)
      expect(result.body).toMatchObject({ settled: { how: 'visible', reads: 3 } })
      expect(lake.served.map((s) => [s.kind, s.answer === null ? null : '…'])).toEqual([
        ['revision', '…'],
        ['revision', '…'],
        ['revision', null],
        ['site', '…'],
      ])
      expect(expired).toEqual([
        ...sitePaths(['en', 'es']),
        '/locations/riverside',
        '/es/locations/riverside',
      ])
    } finally {
      await lake.close()
    }
  })

  it('asks again after a failed read, one poll later: the client adds no retries of its own', async () => {
    const lake = await startContentLake({
      old: version('rev-old'),
      fresh: version('rev-new'),
      oldReads: 0,
      fail: [1],
    })
    try {
      const { result } = await webhook(lake, { _type: 'clinic', _id: 'clinic', _rev: 'rev-new' })
      expect(result.body).toMatchObject({ settled: { how: 'visible', reads: 2 } })
      expect(lake.served.map((s) => [s.kind, s.version])).toEqual([
        ['revision', 'error'],
        ['revision', 'new'],
        ['site', 'new'],
      ])
      expect(lake.served[1]!.at - lake.served[0]!.at).toBeGreaterThanOrEqual(REVISION_POLL_MS - 2)
    } finally {
      await lake.close()
    }
  })

  it('goes on at the cap when the Content Lake never answers', async () => {
    const lake = await startContentLake({
      old: version('rev-old'),
      fresh: version('rev-new'),
      oldReads: 0,
      hang: true,
    })
    try {
      const { result, expired, warnings, tookMs } = await webhook(
        lake,
        { _type: 'clinic', _id: 'clinic', _rev: 'rev-new' },
        { capMs: 600 },
      )
      expect(result.status).toBe(200)
      expect(result.body).toMatchObject({ settled: { how: 'cap', reads: 1, lastSeen: undefined } })
      expect(expired).toEqual(EVERY_PAGE)
      expect(warnings).toEqual([expect.stringMatching(/but no read succeeded/)])
      expect(tookMs).toBeGreaterThanOrEqual(600)
    } finally {
      await lake.close()
    }
  })
})
