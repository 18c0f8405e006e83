/** @jest-environment node */
import { draftSecretMatches } from './draft-secret'

describe('draftSecretMatches', () => {
  const secret = 'correct-horse-battery-staple'

  it('accepts the configured secret', () => {
    expect(draftSecretMatches(secret, secret)).toBe(true)
  })

  it.each([
    ['a wrong secret', 'wrong'],
    ['a prefix of the secret', secret.slice(0, -1)],
    ['the secret with more after it', `${secret}x`],
    ['the secret in another case', secret.toUpperCase()],
    ['an empty string', ''],
    ['null (no parameter)', null],
    ['undefined', undefined],
  ])('refuses %s', (_label, given) => {
    expect(draftSecretMatches(given, secret)).toBe(false)
  })

  it('refuses everything when no secret is configured, even an empty guess', () => {
    expect(draftSecretMatches('', undefined)).toBe(false)
    expect(draftSecretMatches('', '')).toBe(false)
    expect(draftSecretMatches('anything', undefined)).toBe(false)
  })
})
