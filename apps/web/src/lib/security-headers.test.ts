/** @jest-environment node */
import { contentSecurityPolicy, DRAFT_MODE_COOKIE, securityHeaderRules } from './security-headers'

const header = (headers: { key: string; value: string }[], key: string) =>
  headers.find((h) => h.key === key)?.value

describe('contentSecurityPolicy', () => {
  it('forbids forms, framing, plugins, base changes and other origins in production', () => {
    const csp = contentSecurityPolicy({ dev: false })
    for (const directive of [
      "form-action 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "default-src 'self'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/https?:\/\//)
  })

  it('lets one named origin frame the page when asked', () => {
    expect(contentSecurityPolicy({ dev: false, frameAncestors: 'https://studio.example' })).toMatch(
      /frame-ancestors https:\/\/studio\.example(;|$)/,
    )
  })
})

describe('securityHeaderRules', () => {
  it('without a Studio, denies framing on every response', () => {
    const rules = securityHeaderRules({ dev: false, studioOrigin: null })
    expect(rules).toHaveLength(1)
    const [rule] = rules
    expect(rule?.source).toBe('/:path*')
    expect(rule?.has).toBeUndefined()
    expect(header(rule!.headers, 'X-Frame-Options')).toBe('DENY')
    expect(header(rule!.headers, 'Content-Security-Policy')).toContain("frame-ancestors 'none'")
  })

  it('with a Studio, lets only Draft Mode responses be framed, and only by that Studio', () => {
    const rules = securityHeaderRules({ dev: false, studioOrigin: 'https://studio.example' })
    const draft = { type: 'cookie', key: DRAFT_MODE_COOKIE }
    const deny = rules.find((r) => header(r.headers, 'X-Frame-Options') === 'DENY')
    expect(deny?.missing).toEqual([draft])
    const framed = rules.find((r) => r.has !== undefined)
    expect(framed?.has).toEqual([draft])
    expect(header(framed!.headers, 'Content-Security-Policy')).toMatch(
      /frame-ancestors https:\/\/studio\.example(;|$)/,
    )
    // The base rule, for everyone, still refuses framing.
    expect(header(rules[0]!.headers, 'Content-Security-Policy')).toContain("frame-ancestors 'none'")
    // The Draft Mode rule comes last so that it overrides the base policy.
    expect(rules.indexOf(framed!)).toBe(rules.length - 1)
  })
})
