/** @jest-environment node */
import fc from 'fast-check'
import { SAFE_REDIRECT_FALLBACK, safeRedirectPath } from './safe-redirect'

describe('safeRedirectPath', () => {
  it.each([
    ['/', '/'],
    ['/portal', '/portal'],
    ['/locations/downtown', '/locations/downtown'],
    ['/portal?tab=family', '/portal?tab=family'],
    ['/portal#trouble', '/portal#trouble'],
    ['/portal?tab=a%20b#x', '/portal?tab=a%20b#x'],
    ['/locations/./downtown', '/locations/downtown'],
    ['/locations/../portal', '/portal'],
  ])('keeps the same-site path %j', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected)
  })

  it.each([
    // other origins, spelled every way a browser will still follow
    'https://evil.example',
    'https://evil.example/portal',
    'http://evil.example',
    '//evil.example',
    '//evil.example/portal',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    ' //evil.example',
    '/ /evil.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    'evil.example',
    'portal',
    '.',
    '',
    // encoded variants that a proxy or a second hop could decode into another origin
    '/%2Fevil.example',
    '/%2fevil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '%2F%2Fevil.example',
    '/%252F/evil.example',
    '/%255Cevil.example',
    '/portal%00',
    '/portal%0d%0aSet-Cookie:x=1',
    '/portal%7F',
    // raw control and non-ASCII characters
    '/portal\u0000',
    '/portal\u007f',
    '/\u3002evil.example',
    '/／evil.example',
    // normalisation that would end up as `//host`
    '/a/..//evil.example',
    '/.//evil.example',
  ])('sends %j to /', (input) => {
    expect(safeRedirectPath(input)).toBe(SAFE_REDIRECT_FALLBACK)
  })

  it.each([undefined, null, 42, {}, ['/portal'], '/'.padEnd(3000, 'a')])(
    'sends a non-path value (%p) to /',
    (input) => {
      expect(safeRedirectPath(input)).toBe(SAFE_REDIRECT_FALLBACK)
    },
  )

  it('never returns anything a browser would resolve to another origin', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (input) => {
        const out = safeRedirectPath(input)
        expect(out.startsWith('/')).toBe(true)
        expect(out.startsWith('//')).toBe(false)
        expect(out).not.toMatch(/[\\\s\p{Cc}]/u)
        expect(new URL(out, 'https://site.example').origin).toBe('https://site.example')
      }),
      { numRuns: 2000 },
    )
  })

  it('never lets a prefixed other-origin URL through', () => {
    const prefixes = ['//', '/\\', '\\\\', 'https://', 'http:', '/%2F', '/%5C', '\t//']
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.domain(), (prefix, domain) => {
        expect(safeRedirectPath(`${prefix}${domain}`)).toBe(SAFE_REDIRECT_FALLBACK)
      }),
    )
  })
})
