// Property-based tests: random and hostile inputs against the rule's promises (see helpers.ts).
import fc from 'fast-check'
import {
  checkPortalLink,
  checkVendorDomain,
  MAX_PORTAL_LINK_LENGTH,
  type PortalLinkContext,
  type SiteContext,
} from '../src/index'
import {
  brokenPromise,
  DOMAIN_PROBLEMS,
  LINK_PROBLEMS,
  oracleReadSiteHosts,
  oracleSiteHosts,
  oracleVendorDomains,
  within,
} from './helpers'

const RUNS = 2000

/** How many generated inputs each acceptance property saw accepted; printed after the suite. */
const acceptedCounts: string[] = []
afterAll(() => console.info(['Properties', ...acceptedCounts].join('\n')))

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Vendor domains as clinics would type them; all usable unless the site covers them. */
const USABLE_VENDORS = [
  'mychart.example',
  'MyChart.Example.',
  'portal.athenahealth.com',
  'bücher.de',
  'clinic-portal.github.io',
  'amazonaws.com',
  'mychart.clinic.example',
  'nextmd.com',
  'xn--n3h.net',
]

/** Vendor domains the rule must ignore. */
const UNUSABLE_VENDORS = [
  'com',
  'github.io',
  'example',
  'co.uk',
  's3.amazonaws.com',
  '',
  'https://mychart.example',
  '127.0.0.1',
  '[::1]',
  'localhost',
  '.mychart.example',
]

/** Site hosts, in the forms a settings page might hold them. */
const SITE_HOSTS = [
  'clinic.example',
  'www.clinic.example',
  'https://Clinic.Example./home',
  'hospital.example',
  'clínica.example',
  'www.nextmd.com',
  'mychart.example',
  ' CLINIC.EXAMPLE:8080 ',
  'clinic.example:99999',
  // Unreadable: nothing may be accepted while one of these is declared.
  'clinic .example',
  'https://',
]

const ldhLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)

/** Registrable-looking names under suffixes that exist (ICANN, private, and the `.example` allowance). */
const realDomain = fc
  .tuple(
    ldhLabel,
    fc.constantFrom(
      'com',
      'org',
      'net',
      'co.uk',
      'example',
      'de',
      'github.io',
      'health',
      's3.amazonaws.com',
      'local',
      'internal',
      // Special-use names that the Public Suffix List still lists.
      'home.arpa',
      'in-addr.arpa',
      'onion',
    ),
  )
  .map(([label, suffix]) => `${label}.${suffix}`)

/** Labels that go wrong in interesting ways. */
const oddLabel = fc.oneof(
  { weight: 4, arbitrary: ldhLabel },
  fc.constantFrom(
    'www',
    'WWW',
    'MyChart',
    'xn--n3h',
    'xn--zz',
    '☃',
    'а',
    'mychаrt',
    'ｍｙｃｈａｒｔ',
    '%2E',
    '%2e',
    '%41',
    '_x',
    '-x',
    'x-',
    '',
    '127',
    '0x7f',
    'evil',
    'a"b',
    '*',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
)

/** Mostly clean parts, with a hostile one often enough that links keep landing on both sides. */
function mostly(clean: string, ...hostile: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(clean) },
    { weight: 1, arbitrary: fc.constantFrom(...hostile) },
  )
}

const contextArb: fc.Arbitrary<PortalLinkContext> = fc.record({
  siteHosts: fc.array(
    fc.oneof(fc.constantFrom(...SITE_HOSTS), realDomain, fc.string({ maxLength: 12 })),
    { maxLength: 3 },
  ),
  vendorDomains: fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...USABLE_VENDORS) },
      { weight: 1, arbitrary: fc.constantFrom(...UNUSABLE_VENDORS) },
      { weight: 2, arbitrary: realDomain },
      { weight: 1, arbitrary: fc.domain() },
    ),
    { maxLength: 4 },
  ),
})

/** A host built around the context's own names, so that many links land near the boundary. */
function hostArb(context: PortalLinkContext): fc.Arbitrary<string> {
  const declared = [...context.vendorDomains, ...context.siteHosts].filter((name) => name !== '')
  const base = fc.oneof(
    {
      weight: 6,
      arbitrary:
        declared.length > 0 ? fc.constantFrom(...declared) : fc.constant('mychart.example'),
    },
    { weight: 2, arbitrary: realDomain },
    { weight: 1, arbitrary: fc.domain() },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.ipV4(),
        fc.ipV4Extended(),
        fc.ipV6().map((ip) => `[${ip}]`),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'localhost',
        'intranet',
        'printer.local',
        'example',
        'com',
        'github.io',
        '2130706433',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  )
  return fc
    .tuple(
      fc.array(oddLabel, { maxLength: 2 }),
      base,
      mostly('.', '', '-', 'x'),
      mostly('', '.', '..', '%2E'),
      fc.boolean(),
    )
    .map(([labels, name, joiner, trailing, upper]) => {
      // A full address declared as a site host contributes its host name.
      const bare = name.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '')
      const prefix = labels.length > 0 ? labels.join('.') + joiner : ''
      const host = `${prefix}${bare}${trailing}`
      return upper ? host.toUpperCase() : host
    })
}

/** A plain host near the context's names: plain labels, maybe upper case, maybe a trailing dot. */
function plainHostArb(context: PortalLinkContext): fc.Arbitrary<string> {
  const declared = [...context.vendorDomains, ...context.siteHosts].filter((name) => name !== '')
  return fc
    .tuple(
      fc.array(fc.oneof(ldhLabel, fc.constant('www')), { maxLength: 2 }),
      declared.length > 0
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...declared) }, realDomain)
        : realDomain,
      fc.boolean(),
      fc.boolean(),
    )
    .map(([labels, name, dot, upper]) => {
      const bare = name.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '')
      const host = [...labels, bare].join('.') + (dot ? '.' : '')
      return upper ? host.toUpperCase() : host
    })
}

const schemeArb = mostly(
  'https://',
  'HTTPS://',
  'https:',
  'https:/',
  'https:\\\\',
  'https:/\\',
  ' https://',
  '\thttps://',
  'http://',
  'wss://',
  'ftp://',
  'javascript://',
  'data:text/html,',
  'blob:https://',
  '//',
  '\\\\',
  '',
)
const userinfoArb = mostly(
  '',
  'user@',
  'good.example@',
  'a:b@',
  ':p@',
  '@',
  'mychart.example@',
  '%40@',
)
const portArb = mostly('', ':443', ':0443', ':', ':8443', ':80', ':0', ':65536', ':x')
const tailArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', '/', '/MyChart/Authentication/Login') },
  fc.constantFrom(
    '',
    '/',
    '/MyChart/',
    '\\login',
    '/#@evil.example',
    '/?next=https://evil.example',
    '/..',
    '/%2e%2e/',
    '@evil.example',
    '.evil.example/',
  ),
  fc.webPath(),
  fc
    .tuple(fc.webPath(), fc.webQueryParameters(), fc.webFragments())
    .map(([p, q, f]) => `${p}?${q}#${f}`),
  fc.string({ unit: 'grapheme', maxLength: 16 }).map((s) => `/${s}`),
  // Long paths near the limit, some of which grow past it when written out (`é` → `%C3%A9`).
  fc
    .tuple(fc.integer({ min: 300, max: 2100 }), fc.constantFrom('a', 'é', '☃', ' ', '%'))
    .map(([length, char]) => `/${char.repeat(length)}`),
)

/** Inserts a character that the parser drops or treats specially at a random place. */
function sprinkle(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.nat(),
      fc.option(
        fc.constantFrom('\t', '\n', '\r', '\\', '@', '.', '/', '%2E', '\u0000', ' ', '#', ':'),
        { freq: 2 },
      ),
    )
    .map(([s, at, insert]) =>
      insert === null ? s : s.slice(0, at % (s.length + 1)) + insert + s.slice(at % (s.length + 1)),
    )
}

/** A context together with a link built from its names: a third plain, the rest hostile. */
export const contextAndLink: fc.Arbitrary<[PortalLinkContext, string]> = contextArb.chain(
  (context) =>
    fc.tuple(
      fc.constant(context),
      fc.oneof(
        {
          weight: 1,
          arbitrary: fc
            .tuple(plainHostArb(context), tailArb)
            .map(([host, tail]) => `https://${host}${tail}`),
        },
        {
          weight: 2,
          arbitrary: sprinkle(
            fc
              .tuple(schemeArb, userinfoArb, hostArb(context), portArb, tailArb)
              .map(
                ([scheme, userinfo, host, port, tail]) =>
                  `${scheme}${userinfo}${host}${port}${tail}`,
              ),
          ),
        },
      ),
    ),
)

/** Anything at all, including random text and non-text values. */
const anyInput = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.webUrl(),
  contextAndLink.map(([, link]) => link),
)

/** Anything shaped like a domain, and some things that are not. */
const domainInput = fc.oneof(
  fc.domain(),
  realDomain,
  fc.mixedCase(realDomain),
  realDomain.map((d) => `${d}.`),
  fc
    .tuple(fc.array(oddLabel, { minLength: 1, maxLength: 3 }), realDomain)
    .map(([labels, d]) => `${labels.join('.')}.${d}`),
  fc.constantFrom(...USABLE_VENDORS, ...UNUSABLE_VENDORS, ...SITE_HOSTS),
  fc.ipV4(),
  fc.ipV4Extended(),
  fc.ipV6(),
  fc.webUrl(),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.anything(),
)

const siteContextArb: fc.Arbitrary<SiteContext> = contextArb.map((context) => ({
  siteHosts: context.siteHosts,
}))

// ---------------------------------------------------------------------------------------------
// checkPortalLink
// ---------------------------------------------------------------------------------------------

describe('checkPortalLink properties', () => {
  test('never throws, and always answers in the documented shape', () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.oneof({ weight: 9, arbitrary: contextArb }, { weight: 1, arbitrary: fc.anything() }),
        (input, context) => {
          const result = checkPortalLink(input, context as PortalLinkContext)
          if (result.ok) {
            expect(Object.keys(result).sort()).toEqual(['ok', 'value'])
            expect(typeof result.value).toBe('string')
          } else {
            expect(Object.keys(result).sort()).toEqual(['message', 'ok', 'problem'])
            expect(LINK_PROBLEMS).toContain(result.problem)
            expect(result.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  test('an accepted address keeps every promise (built from the context’s own names)', () => {
    let accepted = 0
    fc.assert(
      fc.property(contextAndLink, ([context, link]) => {
        const result = checkPortalLink(link, context)
        if (result.ok) accepted += 1
        expect(brokenPromise(link, result, context)).toBeNull()
      }),
      { numRuns: RUNS },
    )
    // The generator must actually reach acceptance, or the property proves nothing.
    acceptedCounts.push(`built from names: ${accepted} of ${RUNS} accepted`)
    expect(accepted).toBeGreaterThan(RUNS / 20)
  })

  test('accepting is idempotent', () => {
    fc.assert(
      fc.property(contextAndLink, ([context, link]) => {
        const first = checkPortalLink(link, context)
        if (!first.ok) return
        expect(checkPortalLink(first.value, context)).toEqual(first)
        // Spaces around it do not matter, as long as they keep it within the length limit as typed.
        const spaced = ` ${first.value}\n`
        if (spaced.length <= MAX_PORTAL_LINK_LENGTH) {
          expect(checkPortalLink(spaced, context)).toEqual(first)
        }
      }),
      { numRuns: RUNS },
    )
  })

  test('the host’s case and a trailing dot never change the answer', () => {
    fc.assert(
      fc.property(contextAndLink, ([context, link]) => {
        const first = checkPortalLink(link, context)
        if (!first.ok) return
        const url = new URL(first.value)
        const upper = first.value.replace(url.host, url.host.toUpperCase())
        const dotted = first.value.replace(url.host, `${url.host}.`)
        expect(checkPortalLink(upper, context)).toEqual(first)
        // The dot adds a character: at the very limit it makes the address too long as typed.
        if (dotted.length <= MAX_PORTAL_LINK_LENGTH) {
          expect(checkPortalLink(dotted, context)).toEqual(first)
        }
      }),
      { numRuns: RUNS },
    )
  })

  test('fc.webUrl addresses (with user names, ports and IPs) keep every promise', () => {
    let accepted = 0
    const urls = fc.oneof(
      fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
      fc.webUrl({
        validSchemes: ['https', 'http', 'HTTPS'],
        withQueryParameters: true,
        withFragments: true,
        authoritySettings: {
          withIPv4: true,
          withIPv6: true,
          withIPv4Extended: true,
          withUserInfo: true,
          withPort: true,
        },
      }),
    )
    fc.assert(
      fc.property(
        urls,
        contextArb,
        fc.constantFrom('', '.example', '.com', '.co.uk'),
        fc.boolean(),
        (raw, context, suffix, parent) => {
          // fc.domain() invents top-level names; hang some hosts under real suffixes, then declare
          // the host (or its parent) as the vendor's domain, so that some addresses pass.
          let href = raw
          let host = ''
          try {
            host = new URL(raw).hostname
          } catch {
            // fc.webUrl can produce addresses the URL standard rejects; they must be refused.
          }
          if (host !== '' && suffix !== '' && raw.includes(host)) {
            href = raw.replace(host, `${host}${suffix}`)
            host = `${host}${suffix}`
          }
          const vendor = parent ? host.split('.').slice(1).join('.') : host
          const withVendor = { ...context, vendorDomains: [...context.vendorDomains, vendor] }
          const result = checkPortalLink(href, withVendor)
          if (result.ok) accepted += 1
          expect(brokenPromise(href, result, withVendor)).toBeNull()
        },
      ),
      { numRuns: RUNS },
    )
    acceptedCounts.push(`fc.webUrl: ${accepted} of ${RUNS} accepted`)
    expect(accepted).toBeGreaterThan(RUNS / 20)
  })

  test('the website’s own hosts and their www twins are never accepted', () => {
    fc.assert(
      fc.property(contextArb, fc.webPath(), (context, path) => {
        for (const host of oracleSiteHosts(context.siteHosts)) {
          const result = checkPortalLink(`https://${host}${path}`, context)
          expect(result.ok).toBe(false)
        }
      }),
      { numRuns: RUNS },
    )
  })

  test('a usable vendor domain’s own address is accepted', () => {
    fc.assert(
      fc.property(
        contextArb,
        fc.oneof(realDomain, fc.constantFrom(...USABLE_VENDORS)),
        fc.webPath(),
        (context, vendor, path) => {
          const withVendor = { ...context, vendorDomains: [vendor] }
          const usable = oracleVendorDomains(withVendor)
          fc.pre(usable.length === 1)
          const result = checkPortalLink(`https://${usable[0]}${path}`, withVendor)
          // Unless a site host cannot be read: then nothing is accepted, and that is the reason.
          if (oracleReadSiteHosts(context.siteHosts).unreadable) {
            expect(result).toMatchObject({ ok: false, problem: 'unreadable-site-host' })
          } else {
            expect(result).toMatchObject({ ok: true })
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  test('a name glued to a vendor domain without a dot is never accepted on its strength', () => {
    fc.assert(
      fc.property(ldhLabel, fc.constantFrom(...USABLE_VENDORS), (glue, vendor) => {
        const context = { siteHosts: [], vendorDomains: [vendor] }
        const [usable] = oracleVendorDomains(context)
        fc.pre(usable !== undefined)
        const result = checkPortalLink(`https://${glue}${usable}/`, context)
        expect(result.ok).toBe(false)
        const nested = checkPortalLink(`https://${usable}.${glue}.com/`, context)
        expect(nested.ok).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// checkVendorDomain
// ---------------------------------------------------------------------------------------------

describe('checkVendorDomain properties', () => {
  test('never throws, and always answers in the documented shape', () => {
    fc.assert(
      fc.property(
        domainInput,
        fc.oneof({ weight: 9, arbitrary: siteContextArb }, { weight: 1, arbitrary: fc.anything() }),
        (input, context) => {
          const result = checkVendorDomain(input, context as SiteContext)
          if (result.ok) {
            expect(Object.keys(result).sort()).toEqual(['ok', 'value'])
          } else {
            expect(Object.keys(result).sort()).toEqual(['message', 'ok', 'problem'])
            expect(DOMAIN_PROBLEMS).toContain(result.problem)
            expect(result.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  test('an accepted domain is normalised, re-checks to itself and stays clear of the site', () => {
    let accepted = 0
    fc.assert(
      fc.property(domainInput, siteContextArb, (input, context) => {
        const result = checkVendorDomain(input, context)
        if (!result.ok) return
        accepted += 1
        const { value: domain } = result
        expect(domain).toMatch(/^[a-z0-9_-]+(?:\.[a-z0-9_-]+)+$/)
        expect(domain.endsWith('.')).toBe(false)
        expect(checkVendorDomain(domain, context)).toEqual(result)
        expect(checkVendorDomain(`${domain.toUpperCase()}.`, context)).toEqual(result)
        expect(checkVendorDomain(` ${domain} `, context)).toEqual(result)
        for (const siteHost of oracleSiteHosts(context.siteHosts)) {
          expect(within(siteHost, domain)).toBe(false)
        }
        // The oracle, reading the same declaration from the README's statement, agrees.
        expect(oracleVendorDomains({ ...context, vendorDomains: [input as string] })).toEqual([
          domain,
        ])
        // And the rule can use it: the domain's own address is a valid portal link.
        const link = checkPortalLink(`https://${domain}/`, { ...context, vendorDomains: [domain] })
        expect(link).toEqual({ ok: true, value: `https://${domain}/` })
      }),
      { numRuns: RUNS },
    )
    acceptedCounts.push(`vendor domains: ${accepted} of ${RUNS} accepted`)
    expect(accepted).toBeGreaterThan(RUNS / 20)
  })
})
