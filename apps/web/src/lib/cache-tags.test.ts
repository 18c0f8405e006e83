/** @jest-environment node */
import { CONTENT_TAGS } from './site'
import { TAGGED_TYPES, expiryFor, parseChange, typeTag, type ChangedDocument } from './cache-tags'

const change = (overrides: Partial<ChangedDocument>): ChangedDocument => ({
  type: 'clinic',
  id: 'clinic',
  slug: null,
  previousSlug: null,
  ...overrides,
})

describe('parseChange', () => {
  it('reads the projection the webhook sends', () => {
    expect(parseChange({ _type: 'location', _id: 'location-downtown', slug: 'downtown', previousSlug: 'main-st' })).toEqual({
      ok: true,
      change: { type: 'location', id: 'location-downtown', slug: 'downtown', previousSlug: 'main-st' },
    })
  })

  it('treats a missing or odd slug as unknown rather than making a path of it', () => {
    const parsed = parseChange({ _type: 'location', _id: 'x', slug: '../../etc', previousSlug: 7 })
    expect(parsed).toEqual({ ok: true, change: { type: 'location', id: 'x', slug: null, previousSlug: null } })
  })

  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    ['clinic', /JSON object/],
    [{ _id: 'clinic' }, /type undefined/],
    [{ _type: 'post', _id: 'p1' }, /type "post".*filter/],
    [{ _type: 'clinic' }, /no _id/],
    [{ _type: 'clinic', _id: '' }, /no _id/],
  ])('refuses %j with a message that says what to fix', (body, message) => {
    const parsed = parseChange(body)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })
})

describe('expiryFor', () => {
  it.each(['clinic', 'portalVendor', 'supportContact'] as const)('expires the %s tag and no paths', (type) => {
    expect(expiryFor(change({ type }))).toEqual({ tags: [type], paths: [] })
  })

  it('expires the location tag and the location’s own page', () => {
    expect(expiryFor(change({ type: 'location', slug: 'downtown' }))).toEqual({
      tags: ['location'],
      paths: ['/locations/downtown'],
    })
  })

  it('expires the old address too when the slug changed', () => {
    expect(expiryFor(change({ type: 'location', slug: 'downtown', previousSlug: 'main-st' })).paths).toEqual([
      '/locations/downtown',
      '/locations/main-st',
    ])
  })

  it('uses exactly the tags the cached site content carries', () => {
    for (const type of TAGGED_TYPES) expect(CONTENT_TAGS).toContain(typeTag(type))
  })
})
