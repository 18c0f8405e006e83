// Shared lists and the independent oracle that the table, property and corpus tests check against.
//
// The oracle is written from the rule's plain-words statement (README.md), not from check.ts: it
// calls nothing in src/, and reads user names, special-use names, site hosts and vendor domains
// its own way. It trusts two things, because the rule is defined by them and copying them here
// would only copy their bugs: the URL standard as Node implements it (`new URL`: how a browser
// reads an address) and tldts's copy of the Public Suffix List (which names are public suffixes).
import { parse as parseHost } from 'tldts'
import {
  MAX_PORTAL_LINK_LENGTH,
  type PortalLinkContext,
  type PortalLinkProblem,
  type PortalLinkResult,
  type VendorDomainProblem,
} from '../src/index'
import { isStandardHostName } from '../src/idna'

/** Every `PortalLinkProblem`; `_AllLinkCodesListed` below fails to compile if one is missing. */
export const LINK_PROBLEMS = [
  'not-text',
  'empty',
  'too-long',
  'relative',
  'missing-https',
  'not-a-url',
  'not-https',
  'credentials',
  'port',
  'ip-address',
  'not-public-host',
  'unreadable-site-host',
  'site-host',
  'no-vendor-domain',
  'not-vendor-domain',
] as const satisfies readonly PortalLinkProblem[]

/** Every `VendorDomainProblem`; `_AllDomainCodesListed` below fails to compile if one is missing. */
export const DOMAIN_PROBLEMS = [
  'not-text',
  'empty',
  'not-a-domain',
  'ip-address',
  'not-public-host',
  'public-suffix',
  'unreadable-site-host',
  'covers-site',
] as const satisfies readonly VendorDomainProblem[]

type Exhaustive<Missing> = [Missing] extends [never] ? true : { missing: Missing }
export const _AllLinkCodesListed: Exhaustive<
  Exclude<PortalLinkProblem, (typeof LINK_PROBLEMS)[number]>
> = true
export const _AllDomainCodesListed: Exhaustive<
  Exclude<VendorDomainProblem, (typeof DOMAIN_PROBLEMS)[number]>
> = true

/** Words an office manager should never have to read. */
export const JARGON = [
  'WHATWG',
  'punycode',
  'hostname',
  'TLD',
  'URL parser',
  'URL',
  'URI',
  'IDN',
  'PSL',
  'public suffix',
  'userinfo',
  'IPv4',
  'IPv6',
  'ASCII',
  'ICANN',
  'registrable',
  'canonical',
  'parse',
  'regex',
  'null',
  'undefined',
  'NaN',
  'exception',
  'error',
]

/** Fails unless `message` is one plain, non-technical line of user-facing prose. */
export function expectPlainMessage(message: unknown): void {
  expect(typeof message).toBe('string')
  const text = message as string
  expect(text.length).toBeGreaterThan(20)
  expect(text.length).toBeLessThan(300)
  expect(text).toBe(text.trim())
  expect(text).not.toMatch(/[\r\n\t]/)
  expect(text).toMatch(/^[A-Z]/)
  expect(text).toMatch(/[.!]$/)
  // No markup or code formatting: it is shown as plain text next to a form field.
  expect(text).not.toMatch(/[`<>{}*_]|\]\(/)
  for (const word of JARGON) {
    expect(text.toLowerCase()).not.toContain(word.toLowerCase())
  }
}

/** `host` is `domain` or a subdomain of it, on a dot boundary. */
export function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/**
 * Names no patient reaches on the internet, from the IANA Special-Use Domain Names registry (and
 * `.internal`, reserved by ICANN for private networks), listed here rather than taken from check.ts.
 */
const SPECIAL_USE = [
  'alt',
  'arpa',
  'home.arpa',
  'in-addr.arpa',
  'ip6.arpa',
  'internal',
  'invalid',
  'local',
  'localhost',
  'onion',
  'test',
]

function isSpecialUse(host: string): boolean {
  return SPECIAL_USE.some((name) => within(host, name))
}

function canonical(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '')
}

/** The URL standard writes every IPv4 spelling (`0x7f.1`, `2130706433`) as four decimal parts. */
function isIp(host: string): boolean {
  return host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host)
}

function publicSuffix(host: string): string {
  if (host === 'example' || host.endsWith('.example')) return 'example'
  return parseHost(host, { allowPrivateDomains: true }).publicSuffix ?? host
}

/** Whether the Public Suffix List knows the name's suffix (not just its `*` fallback rule). */
function knownSuffix(host: string): boolean {
  if (host === 'example' || host.endsWith('.example')) return true
  const parsed = parseHost(host, { allowPrivateDomains: true })
  return parsed.isIcann === true || parsed.isPrivate === true
}

/**
 * True when the address as typed puts an `@` before its host. The URL standard drops an empty
 * user name and password (`https://@host`, `https://:@host`), so `username` alone cannot tell;
 * putting an `x` before every `@` makes any such user name non-empty, while an `@` in the path,
 * query or fragment stays there. Null when the changed address no longer parses.
 */
export function typedUserinfo(input: string): boolean | null {
  try {
    const url = new URL(input.replaceAll('@', 'x@'))
    return url.username !== '' || url.password !== ''
  } catch {
    return null
  }
}

/** A host the URL standard gave back that is also a real name: DNS labels, or an IP address. */
function isRealName(host: string): boolean {
  if (isIp(host)) return true
  const label = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/
  // An `xn--` label that is not valid punycode is no real name, whatever the runtime's own URL
  // parser makes of it (Chromium and Node 24 keep `xn--a.com`): the URL standard's domain to
  // ASCII, as its reference implementation runs it, decides.
  return (
    host.length <= 253 &&
    host.split('.').every((part) => label.test(part)) &&
    isStandardHostName(host)
  )
}

/**
 * Reads one site host the way the README promises: a bare name, `name:port` with any port, or a
 * full address; spaces, case and a trailing dot do not matter. An entry that is there but is not
 * text, names no host, has a user name, or names something that is not a real name cannot be
 * read. `undefined` for nothing there, `null` for an entry that cannot be read.
 */
function oracleSiteHost(entry: unknown): string | null | undefined {
  if (entry === null || entry === undefined) return undefined
  if (typeof entry !== 'string') return null
  const text = entry.trim()
  if (text === '') return undefined
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text.replace(/^[^:]+/, 'https')
    : `https://${text}`
  // A port the URL standard refuses (over 65535) still leaves a readable name.
  for (const attempt of [absolute, absolute.replace(/(?<=\S):\d+(?=[/\\?#]|$)/, '')]) {
    // Slashes straight after the scheme are not a name, although the URL standard skips them.
    if (/^[/\\]/.test(attempt.slice('https://'.length))) continue
    if (typedUserinfo(attempt) !== false) continue
    try {
      const host = canonical(new URL(attempt).hostname)
      if (host !== '') return isRealName(host) ? host : null
    } catch {
      // Try the next reading.
    }
  }
  return null
}

/** The site hosts as a patient sees them, with their `www.` twins, and whether any entry is unreadable. */
export function oracleReadSiteHosts(siteHosts: unknown): {
  hosts: Set<string>
  unreadable: boolean
} {
  const hosts = new Set<string>()
  if (siteHosts === undefined || siteHosts === null) return { hosts, unreadable: false }
  if (!Array.isArray(siteHosts)) return { hosts, unreadable: true }
  let unreadable = false
  for (const entry of siteHosts as unknown[]) {
    const host = oracleSiteHost(entry)
    if (host === null) unreadable = true
    if (typeof host !== 'string') continue
    hosts.add(host)
    hosts.add(host.startsWith('www.') ? host.slice(4) : `www.${host}`)
  }
  return { hosts, unreadable }
}

/** The site hosts the oracle can read, with their `www.` twins. */
export function oracleSiteHosts(siteHosts: unknown): Set<string> {
  return oracleReadSiteHosts(siteHosts).hosts
}

/**
 * The vendor domains a link may land on, read from the README's statement: only a domain name
 * (no scheme, path, port, user name, spaces or `%`), not an IP address, not special-use, on a
 * suffix the Public Suffix List knows, not itself a public suffix, and not one of the site's
 * hosts (or their `www.` twins) nor a parent of one.
 */
export function oracleVendorDomains(context: PortalLinkContext): string[] {
  const declared: unknown[] = Array.isArray(context.vendorDomains) ? context.vendorDomains : []
  const site = oracleSiteHosts(context.siteHosts)
  const usable: string[] = []
  for (const entry of declared) {
    if (typeof entry !== 'string') continue
    const text = entry.trim()
    if (text === '' || /[\s/\\?#@:%]/.test(text)) continue
    let host: string
    try {
      host = canonical(new URL(`https://${text}`).hostname)
    } catch {
      continue
    }
    if (host === '' || isIp(host) || isSpecialUse(host) || !knownSuffix(host)) continue
    if (publicSuffix(host) === host) continue
    if ([...site].some((siteHost) => within(siteHost, host))) continue
    usable.push(host)
  }
  return usable
}

/**
 * The rule's promise about every accepted address, checked from scratch: the input was text with
 * no user name or password (not even an empty one), every site host could be read, and the
 * address parses to https on the default port, on a public name that is not special-use nor a
 * bare public suffix, inside one of the usable vendor domains (on a dot boundary, and not under a
 * public suffix nested inside that domain), never one of the website's hosts or their www twins,
 * no longer than the limit, and already normalised. Returns the first broken promise, or null.
 */
export function brokenPromise(
  input: unknown,
  result: PortalLinkResult,
  context: PortalLinkContext,
): string | null {
  if (!result.ok) {
    if (!(LINK_PROBLEMS as readonly string[]).includes(result.problem))
      return `unknown problem ${result.problem}`
    if (typeof result.message !== 'string' || result.message === '') return 'empty message'
    return null
  }
  if (typeof input !== 'string') return 'accepted a value that is not text'
  const typed = typedUserinfo(input)
  if (typed !== false)
    return typed === null ? 'input could not be re-read' : 'input has credentials'
  const site = oracleReadSiteHosts(context?.siteHosts)
  if (site.unreadable) return 'accepted although a site host cannot be read'
  const href: string = result.value
  if (typeof href !== 'string') return 'href is not a string'
  if (href.length > MAX_PORTAL_LINK_LENGTH) return 'href is longer than the limit'
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return 'href does not parse'
  }
  if (url.href !== href) return 'href is not in normal form'
  if (url.protocol !== 'https:') return `protocol is ${url.protocol}`
  if (url.username !== '' || url.password !== '') return 'href has credentials'
  if (url.port !== '') return `href has port ${url.port}`
  const host = url.hostname
  if (host !== host.toLowerCase() || host.endsWith('.')) return 'host is not normalised'
  if (!/^[a-z0-9_.-]+$/.test(host)) return `host ${host} has unexpected characters`
  if (isIp(host)) return `host ${host} is an IP address`
  if (isSpecialUse(host)) return `host ${host} is a special-use name`
  if (publicSuffix(host) === host) return `host ${host} is a bare public suffix`
  if (site.hosts.has(host)) return `host ${host} is a site host`
  const vendorDomains = oracleVendorDomains(context)
  const owner = vendorDomains.find((domain) => within(host, domain))
  if (owner === undefined) return `host ${host} is outside ${JSON.stringify(vendorDomains)}`
  if (
    vendorDomains.every((domain) => !within(host, domain) || within(publicSuffix(host), domain))
  ) {
    return `host ${host} is under a public suffix inside the vendor domain`
  }
  return null
}
