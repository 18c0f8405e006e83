import { parse as parseHost } from 'tldts'
import { isStandardHostName } from './idna'

/** The website's own hosts: a portal link must never point at one of them. */
export interface SiteContext {
  readonly siteHosts: readonly string[]
}

/** Everything `checkPortalLink` needs: the website's hosts and the portal vendor's declared domains. */
export interface PortalLinkContext extends SiteContext {
  readonly vendorDomains: readonly string[]
}

/** Stable codes for why a portal link was refused. */
export type PortalLinkProblem =
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'relative'
  | 'missing-https'
  | 'not-a-url'
  | 'not-https'
  | 'credentials'
  | 'port'
  | 'ip-address'
  | 'not-public-host'
  | 'unreadable-site-host'
  | 'site-host'
  | 'no-vendor-domain'
  | 'not-vendor-domain'

/** Stable codes for why a vendor domain was refused. */
export type VendorDomainProblem =
  | 'not-text'
  | 'empty'
  | 'not-a-domain'
  | 'ip-address'
  | 'not-public-host'
  | 'public-suffix'
  | 'unreadable-site-host'
  | 'covers-site'

declare const checkedPortalHref: unique symbol

/**
 * A portal address that has passed `checkPortalLink`. Only this module creates one, so a
 * component that accepts `PortalHref` cannot be handed an unchecked string.
 */
export type PortalHref = string & { readonly [checkedPortalHref]: true }

export type PortalLinkResult =
  { ok: true; value: PortalHref } | { ok: false; problem: PortalLinkProblem; message: string }

export type VendorDomainResult =
  { ok: true; value: string } | { ok: false; problem: VendorDomainProblem; message: string }

/** Longest portal link accepted; far beyond any real sign-in address. */
export const MAX_PORTAL_LINK_LENGTH = 2048

const EXAMPLE_LINK = 'https://mychart.yourclinic.org'
const EXAMPLE_DOMAIN = 'mychart.yourclinic.org'

/** Which portal address a message is about, in the words an office manager knows it by. */
export type PortalAddressName =
  | 'sign-in address'
  | 'sign-up address'
  | 'help page address'
  | 'family-access request address'
  | 'password reset address'
  | 'bill-pay address'

/** Why an address was refused, naming the field it was typed in. */
const linkMessages = (field: PortalAddressName): Record<PortalLinkProblem, string> => ({
  'not-text': `This should be a web address. Paste the ${field} your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  empty: `This address is empty. Paste the ${field} your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  'too-long': `This address is too long to be a real ${field}. Paste the short address your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  relative: `This address is missing the start (https:// and the website name), so it would open a page of your own website. Paste the full address your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  'missing-https': `This address is missing https:// at the start. Add https:// before it, for example ${EXAMPLE_LINK}.`,
  'not-a-url': `This is not a web address. Paste the full ${field} your portal vendor gave you, starting with https://, for example ${EXAMPLE_LINK}.`,
  'not-https': `This address must start with https:// so patients' information stays private. Paste the https:// address your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  credentials: `This address has a user name, a password or an @ sign before the website name, which can send patients to the wrong website. Delete everything from just after https:// up to and including the @ sign, or ask your portal vendor for the plain ${field}.`,
  port: `This address has an unusual port number (the ":" and digits after the website name). Remove it, or ask your portal vendor for the standard ${field}.`,
  'ip-address': `This address uses a number (an IP address) instead of a website name. Ask your portal vendor for the ${field} with its website name, for example ${EXAMPLE_LINK}.`,
  'not-public-host': `This address points to a computer on a private network that patients cannot reach. Paste the public ${field} your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  'unreadable-site-host': `One of your website addresses could not be read, so this link cannot be checked. Correct your website addresses on the clinic page, then try again.`,
  'site-host': `This address is a page of your own website. Paste the ${field} your portal vendor gave you, for example ${EXAMPLE_LINK}.`,
  'no-vendor-domain': `Your portal vendor has no usable web domain listed, so this link cannot be checked. Add the vendor's domain (for example ${EXAMPLE_DOMAIN}) to the portal vendor, then try again.`,
  'not-vendor-domain': `This address is not on your portal vendor's website. Paste the ${field} your portal vendor gave you, or add its domain to the portal vendor if it is really theirs.`,
})

const DOMAIN_MESSAGES: Record<VendorDomainProblem, string> = {
  'not-text': `This should be a web domain, for example ${EXAMPLE_DOMAIN}.`,
  empty: `This domain is empty. Type the portal's web domain, for example ${EXAMPLE_DOMAIN}.`,
  'not-a-domain': `Type only the domain name, without https://, slashes, spaces or anything after it, for example ${EXAMPLE_DOMAIN}.`,
  'ip-address': `This is a number (an IP address), not a domain name. Type the portal's web domain, for example ${EXAMPLE_DOMAIN}.`,
  'not-public-host': `This is not a public web domain that patients can reach. Type the portal's full web domain, for example ${EXAMPLE_DOMAIN}.`,
  'public-suffix': `This is too broad: it would allow websites of anyone who owns a name ending in it. Type the vendor's own domain, for example ${EXAMPLE_DOMAIN}.`,
  'unreadable-site-host': `One of your website addresses could not be read, so this domain cannot be checked. Correct your website addresses on the clinic page, then try again.`,
  'covers-site': `This domain includes your own website, so it would allow links to your own pages. Type only the portal vendor's domain, for example ${EXAMPLE_DOMAIN}.`,
}

// RFC 2606 reserves `.example` for documentation; it is not in the Public Suffix List, so the
// sample clinic and tests could not use fictional domains without this one allowance.
const RESERVED_EXAMPLE_TLD = 'example'

/**
 * Top-level names reserved for special use (the IANA Special-Use Domain Names registry, plus
 * `.internal`, which ICANN reserved for private networks). The Public Suffix List lists some of
 * them (`arpa`, `home.arpa`, `onion`) as public suffixes, yet no patient reaches a portal there.
 */
const SPECIAL_USE_TLDS: ReadonlySet<string> = new Set([
  'alt',
  'arpa',
  'internal',
  'invalid',
  'local',
  'localhost',
  'onion',
  'test',
])

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/** An IPv6 literal as typed, e.g. `[::1]`: refused as an IP address rather than as stray punctuation. */
const BRACKETED_IP = /^\[[0-9a-f:.]+\]$/i

/**
 * One label of a real host name: letters, digits, `-` and `_`, 1 to 63 characters, not starting
 * or ending with `-`. The URL standard lets far stranger labels through (`a"b`, `{x}`, `-a`).
 */
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/

/** Longest host name DNS can carry (without the trailing dot). */
const MAX_HOST_LENGTH = 253

/** A verdict before it is worded: the message depends on the field (see `checkPortalLink`). */
type LinkVerdict = { ok: true; value: PortalHref } | { ok: false; problem: PortalLinkProblem }

function linkProblem(problem: PortalLinkProblem): LinkVerdict {
  return { ok: false, problem }
}

function domainProblem(problem: VendorDomainProblem): VendorDomainResult {
  return { ok: false, problem, message: DOMAIN_MESSAGES[problem] }
}

/**
 * Lower-cased ASCII host without a trailing dot, from a URL parser's `hostname`: how every host
 * is compared, here and in `@doorway/content`. `''` when the name is not what the URL standard's
 * host mapping gives (an invalid `xn--` label, say), whatever this runtime's own parser let
 * through. IP addresses are left to `classifyHost`.
 */
export function canonicalHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return isIpAddress(host) || isStandardHostName(host) ? host : ''
}

function isIpAddress(host: string): boolean {
  return host.startsWith('[') || IPV4.test(host)
}

type HostKind = 'ip-address' | 'not-public-host' | 'public-suffix' | 'not-a-name' | 'registrable'

/** Classifies a canonical host with the Public Suffix List (ICANN and private sections). */
function classifyHost(host: string): HostKind {
  if (isIpAddress(host)) return 'ip-address'
  const labels = host.split('.')
  // Empty labels (`a..b`, a leading dot) fail too. Checked before the `.example` allowance so
  // that fictional names obey the same syntax.
  if (host.length > MAX_HOST_LENGTH || !labels.every((label) => LABEL.test(label))) {
    return 'not-a-name'
  }
  const tld = labels[labels.length - 1] ?? ''
  if (SPECIAL_USE_TLDS.has(tld)) return 'not-public-host'
  if (tld === RESERVED_EXAMPLE_TLD) {
    return labels.length === 1 ? 'public-suffix' : 'registrable'
  }
  const parsed = parseHost(host, { allowPrivateDomains: true })
  if (parsed.isIp) return 'ip-address'
  if (!parsed.isIcann && !parsed.isPrivate) {
    // Only the PSL's "*" fallback matched: an unknown top-level name such as .lan or .corp.
    return 'not-public-host'
  }
  if (parsed.domain === null || parsed.publicSuffix === host) return 'public-suffix'
  return 'registrable'
}

/** True when `host` is `domain` or a subdomain of it, on a dot boundary. */
function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** The public suffix of a canonical host (`s3.amazonaws.com` for `x.s3.amazonaws.com`). */
function publicSuffixOf(host: string): string {
  if (host === RESERVED_EXAMPLE_TLD || host.endsWith(`.${RESERVED_EXAMPLE_TLD}`)) {
    return RESERVED_EXAMPLE_TLD
  }
  return parseHost(host, { allowPrivateDomains: true }).publicSuffix ?? host
}

/**
 * True when `host` belongs to the owner of `vendorDomain`: within it on a dot boundary, and not
 * under a public suffix that itself sits inside it. `amazonaws.com` contains the public suffix
 * `s3.amazonaws.com`, whose names (`anyone.s3.amazonaws.com`) belong to anyone at all. A bare
 * public suffix (`co.uk`) is its own public suffix, so it never belongs to a vendor.
 */
function isOnVendorDomain(host: string, vendorDomain: string): boolean {
  return isWithin(host, vendorDomain) && !isWithin(publicSuffixOf(host), vendorDomain)
}

/** A scheme and `//` in front of a site host written as a full address. */
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i

/**
 * Reads one declared site host, leniently: a bare name, `name:port`, or a full address; spaces
 * around it, a trailing dot and upper case do not matter; names in other scripts become their
 * `xn--` form. Returns `null` for nothing at all, and `'unreadable'` for an entry that is there
 * but names no host, so that the caller can refuse rather than silently check less.
 */
function readSiteHost(entry: unknown): string | null | 'unreadable' {
  if (entry === null || entry === undefined) return null
  if (typeof entry !== 'string') return 'unreadable'
  const text = entry.trim()
  if (text === '') return null
  const authority = text.replace(SCHEME_PREFIX, '').split(/[/\\?#]/, 1)[0] ?? ''
  // A user name in a website address would make the host ambiguous; the editor must fix it.
  if (authority.includes('@')) return 'unreadable'
  // Any port, even one out of range: only the name says which website it is.
  const name = authority.replace(/:\d*$/, '')
  // A second colon is no port (`0::`); only a bracketed IPv6 address has colons in it.
  if (name === '' || (name.includes(':') && !BRACKETED_IP.test(name))) return 'unreadable'
  let hostname: string
  try {
    hostname = new URL(`https://${name}/`).hostname
  } catch {
    return 'unreadable'
  }
  const host = canonicalHost(hostname)
  if (host === '' || classifyHost(host) === 'not-a-name') return 'unreadable'
  return host
}

/**
 * Turns the declared site hosts into canonical hosts, including the `www.` twin:
 * `clinic.example` and `www.clinic.example` are the same website to a patient. Returns `null`
 * when the list is not a list or one entry cannot be read: a site host that is skipped could be
 * the very host a link points to.
 */
function siteHostSet(siteHosts: unknown): Set<string> | null {
  if (siteHosts === undefined || siteHosts === null) return new Set()
  if (!Array.isArray(siteHosts)) return null
  const hosts = new Set<string>()
  for (const entry of siteHosts as unknown[]) {
    const host = readSiteHost(entry)
    if (host === 'unreadable') return null
    if (host === null) continue
    hosts.add(host)
    if (!isIpAddress(host)) hosts.add(host.startsWith('www.') ? host.slice(4) : `www.${host}`)
  }
  return hosts
}

/**
 * Checks a portal vendor's declared domain: a registrable public name, not a public suffix,
 * and not the website itself or a parent of it. Never throws.
 */
export function checkVendorDomain(domain: unknown, context: SiteContext): VendorDomainResult {
  try {
    return checkVendorDomainUnsafe(domain, context)
  } catch {
    return domainProblem('not-a-domain')
  }
}

function checkVendorDomainUnsafe(domain: unknown, context: SiteContext): VendorDomainResult {
  return checkVendorDomainAgainst(domain, () => siteHostSet(context?.siteHosts))
}

/** `checkVendorDomain` with the site hosts already read; they are read only if the domain is a name. */
function checkVendorDomainAgainst(
  domain: unknown,
  readSiteHosts: () => ReadonlySet<string> | null,
): VendorDomainResult {
  if (typeof domain !== 'string') return domainProblem('not-text')
  const text = domain.trim()
  if (text === '') return domainProblem('empty')
  if (BRACKETED_IP.test(text)) return domainProblem('ip-address')
  if (/[\s/\\?#@:%]/.test(text)) return domainProblem('not-a-domain')
  let hostname: string
  try {
    hostname = new URL(`https://${text}`).hostname
  } catch {
    return domainProblem('not-a-domain')
  }
  const host = canonicalHost(hostname)
  if (host === '') return domainProblem('not-a-domain')
  const kind = classifyHost(host)
  if (kind === 'not-a-name') return domainProblem('not-a-domain')
  if (kind !== 'registrable') return domainProblem(kind)
  const siteHosts = readSiteHosts()
  if (siteHosts === null) return domainProblem('unreadable-site-host')
  for (const siteHost of siteHosts) {
    if (isWithin(siteHost, host)) return domainProblem('covers-site')
  }
  return { ok: true, value: host }
}

/**
 * Decides whether `href` may be used as the patient-portal link: an absolute https address on
 * one of the vendor's declared domains and never on the website's own hosts. A refusal's message
 * names the `field` it was typed in (the sign-in address unless told). Never throws.
 */
export function checkPortalLink(
  href: unknown,
  context: PortalLinkContext,
  field: PortalAddressName = 'sign-in address',
): PortalLinkResult {
  let verdict: LinkVerdict
  try {
    verdict = checkPortalLinkUnsafe(href, context)
  } catch {
    verdict = linkProblem('not-a-url')
  }
  return verdict.ok ? verdict : { ...verdict, message: linkMessages(field)[verdict.problem] }
}

/**
 * True when the address as typed has an `@` before its host, even with an empty user name and
 * password (`https://@host`, `https://:@host`), which the URL standard silently drops. Read the
 * way the parser reads it: tabs and newlines removed, spaces and control characters trimmed from
 * the ends, `\` as `/`, any number of slashes after the scheme.
 */
function hasUserinfo(href: string): boolean {
  const text = href
    .replace(/[\t\n\r]/g, '')
    // The URL standard trims exactly the C0 control characters and space from both ends.
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/\\/g, '/')
  const afterScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '')
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? ''
  return authority.includes('@')
}

/**
 * True when `https://` in front of `href` makes an address on a public name with a dot:
 * `mychart.example/MyChart` is a sign-in address typed without its start, not a page of the site.
 */
function isMissingHttps(href: string): boolean {
  const text = href.trim()
  if (/^[/\\?#.]/.test(text)) return false
  try {
    return classifyHost(canonicalHost(new URL(`https://${text}`).hostname)) === 'registrable'
  } catch {
    return false
  }
}

function checkPortalLinkUnsafe(href: unknown, context: PortalLinkContext): LinkVerdict {
  if (typeof href !== 'string') return linkProblem('not-text')
  if (href.trim() === '') return linkProblem('empty')
  if (href.length > MAX_PORTAL_LINK_LENGTH) return linkProblem('too-long')

  let url: URL
  try {
    url = new URL(href)
  } catch {
    if (isMissingHttps(href)) return linkProblem('missing-https')
    try {
      new URL(href, 'https://site.invalid/')
      return linkProblem('relative')
    } catch {
      return linkProblem('not-a-url')
    }
  }
  if (url.protocol !== 'https:') return linkProblem('not-https')
  if (url.username !== '' || url.password !== '' || hasUserinfo(href)) {
    return linkProblem('credentials')
  }
  if (url.port !== '') return linkProblem('port')

  const host = canonicalHost(url.hostname)
  const kind = classifyHost(host)
  if (kind === 'ip-address') return linkProblem('ip-address')
  if (kind === 'not-a-name') return linkProblem('not-a-url')
  if (kind === 'not-public-host') return linkProblem('not-public-host')
  // A bare public suffix (`co.uk`) goes on: it is nobody's website, so no vendor domain covers it.

  const siteHosts = siteHostSet(context?.siteHosts)
  if (siteHosts === null) return linkProblem('unreadable-site-host')
  if (siteHosts.has(host)) return linkProblem('site-host')

  const vendorDomains: string[] = []
  for (const declared of Array.isArray(context?.vendorDomains) ? context.vendorDomains : []) {
    const checked = checkVendorDomainAgainst(declared, () => siteHosts)
    if (checked.ok) vendorDomains.push(checked.value)
  }
  if (vendorDomains.length === 0) return linkProblem('no-vendor-domain')
  if (!vendorDomains.some((domain) => isOnVendorDomain(host, domain))) {
    return linkProblem('not-vendor-domain')
  }

  if (url.hostname !== host) url.hostname = host
  // The written-out address can be longer than what was typed (`é` becomes `%C3%A9`); the
  // limit applies to what is stored, so that checking an accepted address again accepts it.
  if (url.href.length > MAX_PORTAL_LINK_LENGTH) return linkProblem('too-long')
  return { ok: true, value: url.href as PortalHref }
}
