/** @jest-environment node */
import type { ContentProblem } from '@doorway/content'
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook'
import { SITE_PATHS, type ChangedDocument } from './cache-tags'
import {
  MAX_CLOCK_SKEW_MS,
  MAX_SIGNATURE_AGE_MS,
  createReplayGuard,
  handleRevalidateWebhook,
  type ReplayGuard,
} from './revalidate-webhook'

const SECRET = 'a-webhook-secret-of-some-length'

async function call(
  body: string,
  options: {
    sign?: string | null
    header?: string
    secret?: string | null
    signedAt?: number
    /** The replay guard the route keeps across calls. */
    replays?: ReplayGuard
    problems?: ContentProblem[]
    /** Paths whose re-render fails. */
    failing?: string[]
    /** Paths the build did not prerender. */
    onRequest?: string[]
    /** The site's live languages (English alone by default). */
    languages?: string[]
  } = {},
) {
  const expired: string[] = []
  const checks = { n: 0 }
  // Everything the handler does from the outside, in order.
  const events: string[] = []
  const settledFor: ChangedDocument[] = []
  const headers = new Headers({ 'content-type': 'application/json' })
  const signWith = options.sign === undefined ? SECRET : options.sign
  if (options.header !== undefined) headers.set(SIGNATURE_HEADER_NAME, options.header)
  else if (signWith !== null)
    headers.set(
      SIGNATURE_HEADER_NAME,
      await encodeSignatureHeader(body, options.signedAt ?? Date.now(), signWith),
    )
  const request = new Request('http://localhost/api/revalidate', { method: 'POST', headers, body })
  const result = await handleRevalidateWebhook(request, {
    secret: options.secret === undefined ? SECRET : options.secret,
    isPrerendered: (path) => !(options.onRequest ?? []).includes(path),
    revalidatePath: async (path) => {
      events.push(`revalidate ${path}`)
      if (options.failing?.includes(path)) throw new Error(`Failed to revalidate ${path}`)
      expired.push(path)
    },
    settle: async (change) => {
      settledFor.push(change)
      events.push('settle')
      await new Promise((resolve) => setTimeout(resolve, 5))
      events.push('settled')
      return { how: 'visible', waitedMs: 5, reads: 2 }
    },
    checkPublished: async () => {
      checks.n += 1
      events.push('check')
      return options.problems === undefined
        ? { ok: true, slugs: ['downtown', 'northside'], languages: options.languages ?? ['en'] }
        : { ok: false, problems: options.problems }
    },
    ...(options.replays === undefined ? {} : { replays: options.replays }),
  })
  return { result, expired, checks, events, settledFor }
}

const clinicChange = JSON.stringify({ _type: 'clinic', _id: 'clinic' })

describe('handleRevalidateWebhook', () => {
  const EVERY_PAGE = [...SITE_PATHS, '/locations/downtown', '/locations/northside']

  it('re-renders every page for a correctly signed clinic change', async () => {
    const { result, expired } = await call(clinicChange)
    expect(result.status).toBe(200)
    expect(expired).toEqual(EVERY_PAGE)
    expect(result.body).toMatchObject({
      revalidated: true,
      paths: EVERY_PAGE,
      document: { type: 'clinic', id: 'clinic' },
    })
  })

  it('re-renders every page in every live language, from the languages published now', async () => {
    const { result, expired } = await call(clinicChange, { languages: ['en', 'es'] })
    expect(result.status).toBe(200)
    const spanish = expired.filter((path) => path === '/es' || path.startsWith('/es/'))
    expect(spanish).toEqual([
      '/es',
      '/es/portal',
      '/es/portal/help',
      '/es/portal/handout',
      '/es/language-assistance',
      '/es/accessibility',
      '/es/locations/downtown',
      '/es/locations/northside',
    ])
    expect(expired).toEqual(expect.arrayContaining(EVERY_PAGE))
    expect(expired).toHaveLength(EVERY_PAGE.length + spanish.length)
  })

  it('re-renders a location’s own page by slug, and the pages that list it', async () => {
    const { expired } = await call(
      JSON.stringify({ _type: 'location', _id: 'loc-1', slug: 'downtown' }),
    )
    expect(expired).toEqual([...SITE_PATHS, '/locations/downtown'])
  })

  it('leaves pages the build did not prerender to their on-request render, and says so', async () => {
    const { result, expired } = await call(
      JSON.stringify({ _type: 'location', _id: 'loc-9', slug: 'lakeside' }),
      { onRequest: ['/locations/lakeside'] },
    )
    expect(result.status).toBe(200)
    expect(expired).toEqual([...SITE_PATHS])
    expect(result.body).toMatchObject({
      paths: [...SITE_PATHS],
      onRequest: ['/locations/lakeside'],
    })
  })

  it('answers 500 naming the pages it could not re-render, after trying every one', async () => {
    const { result, events } = await call(clinicChange, { failing: ['/sitemap.xml'] })
    expect(result.status).toBe(500)
    expect(result.body).toMatchObject({ revalidated: false, paths: ['/sitemap.xml'] })
    expect(events.filter((e) => e.startsWith('revalidate'))).toHaveLength(EVERY_PAGE.length)
  })

  it('refuses a call with no signature and expires nothing', async () => {
    const { result, expired } = await call(clinicChange, { sign: null })
    expect(result.status).toBe(401)
    expect(expired).toEqual([])
  })

  it('refuses a call signed with another secret', async () => {
    const { result, expired } = await call(clinicChange, { sign: 'somebody-elses-secret-value' })
    expect(result.status).toBe(401)
    expect(result.body).toMatchObject({ message: expect.stringMatching(/SANITY_WEBHOOK_SECRET/) })
    expect(expired).toEqual([])
  })

  it('refuses a body changed after signing', async () => {
    const header = await encodeSignatureHeader(clinicChange, Date.now(), SECRET)
    const tampered = JSON.stringify({ _type: 'location', _id: 'clinic' })
    const { result, expired } = await call(tampered, { header })
    expect(result.status).toBe(401)
    expect(expired).toEqual([])
  })

  it.each(['garbage', 't=1,v1=abc', 't=abc,v1=', ''])(
    'refuses the malformed signature header %j',
    async (header) => {
      const { result, expired } = await call(clinicChange, { header })
      expect(result.status).toBe(401)
      expect(expired).toEqual([])
    },
  )

  it('answers 503 with a clear message when no secret is configured, and expires nothing', async () => {
    const { result, expired } = await call(clinicChange, { secret: null })
    expect(result.status).toBe(503)
    expect(result.body).toMatchObject({
      message: expect.stringMatching(/set SANITY_WEBHOOK_SECRET/),
    })
    expect(expired).toEqual([])
  })

  it('answers 400 to a signed body that is not a document change', async () => {
    const { result, expired } = await call(JSON.stringify({ _type: 'post', _id: 'p' }))
    expect(result.status).toBe(400)
    expect(expired).toEqual([])
  })

  it('answers 400 to a signed body that is not JSON', async () => {
    const { result, expired } = await call('not json')
    expect(result.status).toBe(400)
    expect(expired).toEqual([])
  })

  it('waits for the change to be readable, then checks the content, then expires', async () => {
    const { result, events, settledFor } = await call(
      JSON.stringify({ _type: 'location', _id: 'loc-1', _rev: 'rev-2', slug: 'downtown' }),
    )
    expect(events).toEqual([
      'settle',
      'settled',
      'check',
      'revalidate /',
      'revalidate /portal',
      'revalidate /portal/help',
      'revalidate /portal/handout',
      'revalidate /language-assistance',
      'revalidate /accessibility',
      'revalidate /sitemap.xml',
      'revalidate /locations/downtown',
    ])
    expect(settledFor).toEqual([
      {
        type: 'location',
        id: 'loc-1',
        slug: 'downtown',
        previousSlug: null,
        rev: 'rev-2',
        deleted: false,
      },
    ])
    expect(result.body).toMatchObject({ settled: { how: 'visible', waitedMs: 5, reads: 2 } })
  })

  it('neither waits nor reads for a refused call', async () => {
    for (const outcome of [
      await call(clinicChange, { sign: 'somebody-elses-secret-value' }),
      await call(JSON.stringify({ _type: 'post', _id: 'p' })),
      await call(clinicChange, { secret: null }),
    ]) {
      expect(outcome.events).toEqual([])
    }
  })

  it('reads the published content once before expiring anything', async () => {
    const { checks, events } = await call(clinicChange)
    expect(checks.n).toBe(1)
    expect(events.indexOf('check')).toBeLessThan(events.indexOf('revalidate /'))
  })

  it('keeps the last good pages when the published content has problems: 422, nothing expired, document, field and fix named', async () => {
    const problem: ContentProblem = {
      documentId: 'clinic',
      documentTitle: 'Maple Grove Pediatrics',
      documentType: 'clinic',
      path: 'portal.signInUrl',
      message: 'This address is a page of your own website.',
    }
    const { result, expired } = await call(clinicChange, { problems: [problem] })
    expect(result.status).toBe(422)
    expect(expired).toEqual([])
    expect(result.body).toMatchObject({ revalidated: false })
    const { message } = result.body as { message: string }
    expect(message).toMatch(/keeps showing the last good version/)
    expect(message).toContain(
      'clinic "Maple Grove Pediatrics" › portal.signInUrl: This address is a page of your own website.',
    )
  })

  it('does not read content for a call that fails the signature check', async () => {
    const { checks } = await call(clinicChange, { sign: 'somebody-elses-secret-value' })
    expect(checks.n).toBe(0)
  })

  describe('signature age (replayed calls)', () => {
    const SLACK_MS = 10_000

    it('accepts a signature made just under five minutes ago', async () => {
      const { result } = await call(clinicChange, {
        signedAt: Date.now() - MAX_SIGNATURE_AGE_MS + SLACK_MS,
      })
      expect(result.status).toBe(200)
    })

    it('refuses a correctly signed call older than five minutes and expires nothing', async () => {
      const { result, expired, checks } = await call(clinicChange, {
        signedAt: Date.now() - MAX_SIGNATURE_AGE_MS - SLACK_MS,
      })
      expect(result.status).toBe(401)
      expect(result.body).toMatchObject({ message: expect.stringMatching(/too old/) })
      expect(expired).toEqual([])
      expect(checks.n).toBe(0)
    })

    it('accepts a signature a little ahead of our clock', async () => {
      const { result } = await call(clinicChange, {
        signedAt: Date.now() + MAX_CLOCK_SKEW_MS - SLACK_MS,
      })
      expect(result.status).toBe(200)
    })

    it('refuses a signature more than a minute in the future', async () => {
      const { result, expired } = await call(clinicChange, {
        signedAt: Date.now() + MAX_CLOCK_SKEW_MS + SLACK_MS,
      })
      expect(result.status).toBe(401)
      expect(expired).toEqual([])
    })

    it('refuses an old signature even with a fresh-looking time pasted in', async () => {
      const old = await encodeSignatureHeader(clinicChange, Date.now() - 3_600_000, SECRET)
      const forged = old.replace(/^t=\d+/, `t=${Date.now()}`)
      const { result, expired } = await call(clinicChange, { header: forged })
      expect(result.status).toBe(401)
      expect(expired).toEqual([])
    })
  })
})

describe('replayed calls within their five minutes', () => {
  it('answers a replay of a handled call with 200 "already handled", doing no work', async () => {
    const replays = createReplayGuard()
    const header = await encodeSignatureHeader(clinicChange, Date.now(), SECRET)
    const first = await call(clinicChange, { header, replays })
    expect(first.result).toMatchObject({ status: 200, body: { revalidated: true } })
    for (let i = 0; i < 3; i += 1) {
      const again = await call(clinicChange, { header, replays })
      expect(again.result).toMatchObject({
        status: 200,
        body: { revalidated: false, alreadyHandled: true },
      })
      expect(again.events).toEqual([])
      expect(again.checks.n).toBe(0)
    }
    // Another call, signed anew, is handled.
    const next = await call(clinicChange, { signedAt: Date.now() + 1000, replays })
    expect(next.result.body).toMatchObject({ revalidated: true })
  })

  it('handles a retry of a call that failed (422): only handled calls are remembered', async () => {
    const replays = createReplayGuard()
    const header = await encodeSignatureHeader(clinicChange, Date.now(), SECRET)
    const problems = [
      {
        documentId: 'clinic',
        documentType: 'clinic',
        documentTitle: 'C',
        path: 'name',
        message: 'x',
      },
    ] as ContentProblem[]
    expect((await call(clinicChange, { header, replays, problems })).result.status).toBe(422)
    const retry = await call(clinicChange, { header, replays })
    expect(retry.result.body).toMatchObject({ revalidated: true })
    expect(replays.size()).toBe(1)
  })

  it('remembers no signature that failed the check', async () => {
    const replays = createReplayGuard()
    await call(clinicChange, { sign: 'somebody-elses-secret-value', replays })
    expect(replays.size()).toBe(0)
  })
})

describe('createReplayGuard', () => {
  it('forgets a signature once it is too old to be accepted anyway', () => {
    let now = 1_000_000
    const guard = createReplayGuard(10, () => now)
    expect(guard.claim('a', now)).toBe(true)
    expect(guard.claim('a', now)).toBe(false)
    now += MAX_SIGNATURE_AGE_MS + 1
    expect(guard.claim('b', now)).toBe(true)
    expect(guard.size()).toBe(1)
  })

  it('holds at most its limit, forgetting the oldest first', () => {
    const now = 1_000_000
    const guard = createReplayGuard(3, () => now)
    for (const signature of ['a', 'b', 'c', 'd', 'e'])
      expect(guard.claim(signature, now)).toBe(true)
    expect(guard.size()).toBe(3)
    // 'c', 'd' and 'e' are remembered; 'a' and 'b' were forgotten.
    expect(guard.claim('e', now)).toBe(false)
    expect(guard.claim('a', now)).toBe(true)
    expect(guard.size()).toBe(3)
  })
})
