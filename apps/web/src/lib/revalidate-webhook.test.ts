/** @jest-environment node */
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook'
import { handleRevalidateWebhook } from './revalidate-webhook'

const SECRET = 'a-webhook-secret-of-some-length'

async function call(body: string, options: { sign?: string | null; header?: string; secret?: string | null } = {}) {
  const expired: string[] = []
  const headers = new Headers({ 'content-type': 'application/json' })
  const signWith = options.sign === undefined ? SECRET : options.sign
  if (options.header !== undefined) headers.set(SIGNATURE_HEADER_NAME, options.header)
  else if (signWith !== null) headers.set(SIGNATURE_HEADER_NAME, await encodeSignatureHeader(body, Date.now(), signWith))
  const request = new Request('http://localhost/api/revalidate', { method: 'POST', headers, body })
  const result = await handleRevalidateWebhook(request, {
    secret: options.secret === undefined ? SECRET : options.secret,
    expireTag: (tag) => expired.push(tag),
    expirePath: (path) => expired.push(`path:${path}`),
    settleMs: 0,
  })
  return { result, expired }
}

const clinicChange = JSON.stringify({ _type: 'clinic', _id: 'clinic' })

describe('handleRevalidateWebhook', () => {
  it('expires the changed type’s tag for a correctly signed call', async () => {
    const { result, expired } = await call(clinicChange)
    expect(result.status).toBe(200)
    expect(expired).toEqual(['clinic'])
    expect(result.body).toMatchObject({ revalidated: true, tags: ['clinic'], paths: [], document: { type: 'clinic', id: 'clinic' } })
  })

  it('expires a location’s own page by slug', async () => {
    const { expired } = await call(JSON.stringify({ _type: 'location', _id: 'loc-1', slug: 'downtown' }))
    expect(expired).toEqual(['location', 'path:/locations/downtown'])
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

  it.each(['garbage', 't=1,v1=abc', 't=abc,v1=', ''])('refuses the malformed signature header %j', async (header) => {
    const { result, expired } = await call(clinicChange, { header })
    expect(result.status).toBe(401)
    expect(expired).toEqual([])
  })

  it('answers 503 with a clear message when no secret is configured, and expires nothing', async () => {
    const { result, expired } = await call(clinicChange, { secret: null })
    expect(result.status).toBe(503)
    expect(result.body).toMatchObject({ message: expect.stringMatching(/set SANITY_WEBHOOK_SECRET/) })
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
})
