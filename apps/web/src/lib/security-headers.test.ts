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

  it('lets no script run on published pages: script-src none, nothing inline, no eval', () => {
    const csp = contentSecurityPolicy({ dev: false })
    expect(csp).toContain("script-src 'none'")
    expect(csp).not.toContain('unsafe-inline')
  })

  it('lets only this site’s own scripts run in Draft Mode (the App Router twins), never eval', () => {
    const csp = contentSecurityPolicy({ dev: false, scripts: true })
    expect(csp).toContain("script-src 'self' 'unsafe-inline';")
    expect(csp).not.toContain('unsafe-eval')
  })

  it('lets next dev run its tools', () => {
    expect(contentSecurityPolicy({ dev: true })).toContain(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    )
  })

  it('lets images come from Sanity’s image CDN only when asked (Sanity mode), and nothing else from there', () => {
    const csp = contentSecurityPolicy({ dev: false, imageOrigin: 'https://cdn.sanity.io' })
    expect(csp).toContain("img-src 'self' data: https://cdn.sanity.io;")
    expect(csp.match(/https:\/\//g)).toHaveLength(1)
    expect(contentSecurityPolicy({ dev: false })).toContain("img-src 'self' data:;")
    for (const studioOrigin of [null, 'https://studio.example']) {
      const rules = securityHeaderRules({
        dev: false,
        studioOrigin,
        imageOrigin: 'https://cdn.sanity.io',
      })
      const policies = rules.flatMap((rule) =>
        rule.headers.filter((h) => h.key === 'Content-Security-Policy').map((h) => h.value),
      )
      expect(policies).toHaveLength(2)
      for (const policy of policies)
        expect(policy).toContain("img-src 'self' data: https://cdn.sanity.io;")
    }
  })

  it('lets one named origin frame the page when asked', () => {
    expect(contentSecurityPolicy({ dev: false, frameAncestors: 'https://studio.example' })).toMatch(
      /frame-ancestors https:\/\/studio\.example(;|$)/,
    )
  })
})

describe('securityHeaderRules', () => {
  it('without a Studio, denies framing on every response; only Draft Mode may run scripts', () => {
    const rules = securityHeaderRules({ dev: false, studioOrigin: null })
    expect(rules).toHaveLength(2)
    const [rule, draftRule] = rules
    expect(rule?.source).toBe('/:path*')
    expect(rule?.has).toBeUndefined()
    expect(header(rule!.headers, 'X-Frame-Options')).toBe('DENY')
    expect(header(rule!.headers, 'Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(header(rule!.headers, 'Content-Security-Policy')).toContain("script-src 'none'")
    expect(draftRule?.has).toEqual([{ type: 'cookie', key: DRAFT_MODE_COOKIE }])
    expect(draftRule?.headers.map((h) => h.key)).toEqual(['Content-Security-Policy'])
    const draftCsp = header(draftRule!.headers, 'Content-Security-Policy')
    expect(draftCsp).toContain("script-src 'self' 'unsafe-inline';")
    expect(draftCsp).toContain("frame-ancestors 'none'")
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
    expect(header(framed!.headers, 'Content-Security-Policy')).toContain(
      "script-src 'self' 'unsafe-inline';",
    )
    // The base rule, for everyone, still refuses framing and every script.
    expect(header(rules[0]!.headers, 'Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(header(rules[0]!.headers, 'Content-Security-Policy')).toContain("script-src 'none'")
    // The Draft Mode rule comes last so that it overrides the base policy.
    expect(rules.indexOf(framed!)).toBe(rules.length - 1)
  })
})
