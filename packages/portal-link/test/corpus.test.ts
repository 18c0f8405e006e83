// The web-platform-tests URL corpus (see fixtures/README.md): hundreds of strange inputs that
// browsers agree on. Every one of them, as written, resolved against its base, moved to https,
// and typed with https in place of its scheme, must leave the rule's promises intact; enough of them must be accepted that the test
// would notice if everything were refused.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkPortalLink, type PortalLinkContext } from '../src/index'
import { brokenPromise } from './helpers'

interface CorpusEntry {
  readonly input: string
  readonly base: string | null
  readonly href?: string
  readonly failure?: boolean
}

const corpus: unknown = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'urltestdata.json'), 'utf8'),
)

const entries: CorpusEntry[] = (Array.isArray(corpus) ? corpus : []).filter(
  (entry): entry is CorpusEntry =>
    typeof entry === 'object' && entry !== null && typeof (entry as CorpusEntry).input === 'string',
)

/**
 * Vendor domains chosen from hosts the corpus uses, so that some entries are accepted; `com` is
 * unusable and must be ignored. The site hosts are corpus hosts too, so `site-host` is reached.
 */
const CONTEXT: PortalLinkContext = {
  siteHosts: ['www.example2.com', 'facebook.com'],
  vendorDomains: [
    'example.org',
    'Example.COM.',
    'foo.bar',
    'google.com',
    'xn--fa-hia.example',
    'github.com',
    'example.net',
    'com',
  ],
}

function resolve(input: string, base: string | null): URL | null {
  try {
    return base === null ? new URL(input) : new URL(input, base)
  } catch {
    return null
  }
}

/** The same address moved to https when the URL standard allows it (http, ws, ftp, …). */
function httpsTwin(url: URL): string | null {
  const twin = new URL(url.href)
  twin.protocol = 'https:'
  return twin.protocol === 'https:' && url.protocol !== 'https:' ? twin.href : null
}

/**
 * The input as typed with its scheme replaced by `https:` (tabs, newlines and odd spacing kept),
 * for the schemes the URL standard treats like https. Unlike `httpsTwin`, nothing the parser would
 * drop (an empty user name, say) is lost on the way.
 */
function typedHttps(input: string): string | null {
  // Leading C0 control characters and spaces, which the URL standard trims, are kept as typed.
  // eslint-disable-next-line no-control-regex
  const match = /^([\u0000-\u0020]*)(http|wss?|ftp)(:.*)$/is.exec(input)
  if (match === null) return null
  const [, lead = '', , rest = ''] = match
  return `${lead}https${rest}`
}

/** What an accepted corpus address must come back as: the corpus's own answer, trailing dot dropped. */
function normalised(href: string): string {
  const url = new URL(href)
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1)
  return url.href
}

interface Tally {
  run: number
  accepted: number
  problems: Record<string, number>
}

function tally(): Tally {
  return { run: 0, accepted: 0, problems: {} }
}

function record(t: Tally, input: string): ReturnType<typeof checkPortalLink> {
  const result = checkPortalLink(input, CONTEXT)
  t.run += 1
  if (result.ok) t.accepted += 1
  else t.problems[result.problem] = (t.problems[result.problem] ?? 0) + 1
  const broken = brokenPromise(input, result, CONTEXT)
  if (broken !== null) throw new Error(`${JSON.stringify(input)}: ${broken}`)
  return result
}

describe('web-platform-tests URL corpus', () => {
  const asWritten = tally()
  const resolved = tally()
  const moved = tally()
  const typed = tally()

  test('the fixture is the corpus', () => {
    expect(Array.isArray(corpus)).toBe(true)
    expect(entries.length).toBeGreaterThan(800)
    expect((corpus as unknown[]).some((entry) => typeof entry === 'string')).toBe(true)
  })

  test('every input as written keeps the promises; the parser agrees with the corpus', () => {
    for (const entry of entries) {
      const result = record(asWritten, entry.input)
      if (entry.failure === true) {
        // What browsers refuse to parse is never a portal link.
        expect([entry.input, result.ok]).toEqual([entry.input, false])
      } else if (result.ok && entry.href !== undefined) {
        expect([entry.input, result.value]).toEqual([entry.input, normalised(entry.href)])
      }
    }
    expect(asWritten.accepted).toBeGreaterThanOrEqual(6)
  })

  test('every input resolved against its base keeps the promises', () => {
    for (const entry of entries) {
      const url = resolve(entry.input, entry.base)
      if (url === null) continue
      const result = record(resolved, url.href)
      if (result.ok) expect([url.href, result.value]).toEqual([url.href, normalised(url.href)])
    }
    expect(resolved.accepted).toBeGreaterThanOrEqual(7)
  })

  test('every resolved input moved to https keeps the promises', () => {
    for (const entry of entries) {
      const url = resolve(entry.input, entry.base)
      const twin = url === null ? null : httpsTwin(url)
      if (twin === null) continue
      record(moved, twin)
    }
    expect(moved.accepted).toBeGreaterThanOrEqual(100)
  })

  test('every input as typed with its scheme changed to https keeps the promises', () => {
    for (const entry of entries) {
      const twin = typedHttps(entry.input)
      if (twin !== null) record(typed, twin)
    }
    expect(typed.accepted).toBeGreaterThanOrEqual(50)
    // The corpus's empty user names (`http://@host`, `http://:@host`) are among these.
    expect(typed.problems.credentials).toBeGreaterThanOrEqual(1)
  })

  test('the corpus reaches the rule’s main refusals', () => {
    const seen = new Set(
      [asWritten, resolved, moved, typed].flatMap((t) => Object.keys(t.problems)),
    )
    for (const problem of [
      'relative',
      'not-a-url',
      'not-https',
      'credentials',
      'port',
      'ip-address',
      'not-public-host',
      'site-host',
      'not-vendor-domain',
    ]) {
      expect([problem, seen.has(problem)]).toEqual([problem, true])
    }
  })

  afterAll(() => {
    // Shown in the test output, so the numbers can be quoted.
    const line = (name: string, t: Tally) => `${name}: ${t.run} run, ${t.accepted} accepted`
    console.info(
      [
        'URL corpus',
        line('as written', asWritten),
        line('resolved', resolved),
        line('moved to https', moved),
        line('typed with https', typed),
      ].join('\n'),
    )
  })
})
