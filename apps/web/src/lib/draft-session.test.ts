/** @jest-environment node */
import {
  DRAFT_SESSION_SECONDS,
  draftCookieOptions,
  draftSessionIsValid,
  draftSessionKey,
  signDraftSession,
} from './draft-session'

const KEY = 'a-draft-mode-secret-0123456789'
const NOW = 1_800_000_000_000
const HOUR = DRAFT_SESSION_SECONDS * 1000

describe('draft sessions', () => {
  it('last an hour: valid until then, not a moment after', () => {
    const session = signDraftSession(KEY, NOW)
    expect(draftSessionIsValid(session, KEY, NOW)).toBe(true)
    expect(draftSessionIsValid(session, KEY, NOW + HOUR - 1)).toBe(true)
    expect(draftSessionIsValid(session, KEY, NOW + HOUR)).toBe(false)
  })

  it('end when the secret is rotated or unset', () => {
    const session = signDraftSession(KEY, NOW)
    expect(draftSessionIsValid(session, 'another-secret-0123456789', NOW)).toBe(false)
    expect(draftSessionIsValid(session, null, NOW)).toBe(false)
  })

  it.each([
    ['no cookie', undefined],
    ['an empty cookie', ''],
    ['Next’s own Draft Mode id', '2bd1c6e3f4a1b9c0d8e7f6a5b4c3d2e1'],
    ['an expiry pushed later', signDraftSession(KEY, NOW).replace(/^\d+/, String(NOW + 2 * HOUR))],
    [
      'a changed signature',
      signDraftSession(KEY, NOW).replace(/.$/, (c) => (c === 'A' ? 'Q' : 'A')),
    ],
    ['a far-future expiry signed by us', signDraftSession(KEY, NOW + 24 * HOUR)],
    ['a value with more after it', `${signDraftSession(KEY, NOW)}x`],
  ])('refuse %s', (_, value) => {
    expect(draftSessionIsValid(value, KEY, NOW)).toBe(false)
  })

  it('are signed with DRAFT_MODE_SECRET, or in Sanity mode the read token; none: preview is off', () => {
    const local = { mode: 'local' as const, datasetPath: '/x.ndjson' }
    const sanity = { mode: 'sanity' as const, projectId: 'p', dataset: 'd', apiVersion: 'v1' }
    expect(draftSessionKey({ draftModeSecret: KEY, content: local })).toBe(KEY)
    expect(draftSessionKey({ draftModeSecret: null, content: local })).toBeNull()
    expect(draftSessionKey({ draftModeSecret: null, content: { ...sanity, token: 'tok' } })).toBe(
      'tok',
    )
    expect(draftSessionKey({ draftModeSecret: null, content: sanity })).toBeNull()
  })
})

describe('draftCookieOptions', () => {
  const framed = new Headers({ 'sec-fetch-dest': 'iframe', 'sec-fetch-site': 'cross-site' })

  it('is SameSite=Lax, an hour, when no Studio frames the site', () => {
    expect(draftCookieOptions({ studioOrigin: null, development: false }, framed)).toEqual({
      httpOnly: true,
      path: '/',
      maxAge: 3600,
      sameSite: 'lax',
      secure: true,
    })
  })

  it('is SameSite=None; Secure only with a Studio, partitioned inside its frame', () => {
    const env = { studioOrigin: 'https://studio.example', development: false }
    expect(draftCookieOptions(env, new Headers())).toMatchObject({
      sameSite: 'none',
      secure: true,
      maxAge: 3600,
    })
    expect(draftCookieOptions(env, new Headers())).not.toHaveProperty('partitioned')
    expect(draftCookieOptions(env, framed)).toMatchObject({ sameSite: 'none', partitioned: true })
  })
})
