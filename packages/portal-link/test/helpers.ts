// Shared lists and the independent oracle that the table, property and corpus tests check against.
// The oracle is written from the rule's plain-words statement, not from check.ts's internals.
import { getPublicSuffix } from 'tldts'
import {
  checkVendorDomain,
  MAX_PORTAL_LINK_LENGTH,
  type PortalLinkContext,
  type PortalLinkProblem,
  type PortalLinkResult,
  type VendorDomainProblem,
  type VendorDomainResult,
} from '../src/index'

/** Every `PortalLinkProblem`; `_AllLinkCodesListed` below fails to compile if one is missing. */
export const LINK_PROBLEMS = [
  'not-text',
  'empty',
  'too-long',
  'relative',
  'not-a-url',
  'not-https',
  'credentials',
  'port',
  'ip-address',
  'not-public-host',
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

/** Site hosts as a patient sees them: lower-case, no trailing dot, with their `www.` twins. */
export function oracleSiteHosts(siteHosts: readonly unknown[]): Set<string> {
  const hosts = new Set<string>()
  for (const entry of Array.isArray(siteHosts) ? siteHosts : []) {
    if (typeof entry !== 'string') continue
    let host: string
    try {
      const text = entry.trim()
      host = new URL(text.includes('://') ? text : `https://${text}`).hostname
    } catch {
      continue
    }
    host = host.toLowerCase().replace(/\.$/, '')
    if (host === '') continue
    hosts.add(host)
    hosts.add(host.startsWith('www.') ? host.slice(4) : `www.${host}`)
  }
  return hosts
}

/** The vendor domains that the rule may use: those `checkVendorDomain` accepts, normalised. */
export function oracleVendorDomains(context: PortalLinkContext): string[] {
  const vendorDomains = Array.isArray(context.vendorDomains) ? context.vendorDomains : []
  const siteHosts = Array.isArray(context.siteHosts) ? context.siteHosts : []
  return vendorDomains
    .map((domain) => checkVendorDomain(domain, { siteHosts }))
    .filter((checked): checked is Extract<VendorDomainResult, { ok: true }> => checked.ok)
    .map((checked) => checked.domain)
}

function publicSuffix(host: string): string {
  if (host === 'example' || host.endsWith('.example')) return 'example'
  return getPublicSuffix(host, { allowPrivateDomains: true }) ?? host
}

/**
 * The rule's promise about every accepted address, checked from scratch with `new URL`:
 * https, no user name or password, the default port, a host inside one of the usable vendor
 * domains (on a dot boundary, and not under a public suffix nested inside that domain), never one
 * of the website's hosts or their www twins, no longer than the limit, and already normalised.
 * Returns a description of the first broken promise, or null when all hold.
 */
export function brokenPromise(result: PortalLinkResult, context: PortalLinkContext): string | null {
  if (!result.ok) {
    if (!(LINK_PROBLEMS as readonly string[]).includes(result.problem))
      return `unknown problem ${result.problem}`
    if (typeof result.message !== 'string' || result.message === '') return 'empty message'
    return null
  }
  const href: string = result.href
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
  if (oracleSiteHosts(context.siteHosts).has(host)) return `host ${host} is a site host`
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
