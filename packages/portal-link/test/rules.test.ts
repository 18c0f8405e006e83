// Table tests: every rule and every URL pitfall in the domain notes, with exact problem codes.
import {
  checkPortalLink,
  checkVendorDomain,
  MAX_PORTAL_LINK_LENGTH,
  type PortalAddressName,
  type PortalHref,
  type PortalLinkContext,
  type PortalLinkProblem,
  type SiteContext,
  type VendorDomainProblem,
} from '../src/index'
import { brokenPromise, DOMAIN_PROBLEMS, expectPlainMessage, LINK_PROBLEMS } from './helpers'

/** The clinic used throughout: its own site, an Epic-style MyChart host and an athenahealth practice. */
const CLINIC: PortalLinkContext = {
  siteHosts: ['clinic.example'],
  vendorDomains: ['mychart.example', 'portal.athenahealth.com', 'MyChart.Clinic.Example.'],
}

/** A weird object: every way of turning it into text throws. */
const hostile = {
  toString() {
    throw new Error('toString')
  },
  valueOf() {
    throw new Error('valueOf')
  },
  [Symbol.toPrimitive]() {
    throw new Error('toPrimitive')
  },
}

/** A proxy that throws on every operation, including `typeof`-free ones like property reads. */
const trap = new Proxy(
  {},
  {
    get() {
      throw new Error('get')
    },
    has() {
      throw new Error('has')
    },
    ownKeys() {
      throw new Error('ownKeys')
    },
    getPrototypeOf() {
      throw new Error('getPrototypeOf')
    },
  },
)

type LinkExpectation = { href: string } | PortalLinkProblem
interface LinkCase {
  readonly why: string
  readonly input: unknown
  readonly expected: LinkExpectation
  readonly context?: PortalLinkContext
}

const ok = (href: string): LinkExpectation => ({ href })

const LINK_CASES: readonly LinkCase[] = [
  // Accepted: on a declared vendor domain, normalised.
  {
    why: 'vendor domain itself',
    input: 'https://mychart.example',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'path, query and fragment kept',
    input: 'https://mychart.example/MyChart/Authentication/Login?mode=stdfile#top',
    expected: ok('https://mychart.example/MyChart/Authentication/Login?mode=stdfile#top'),
  },
  {
    why: 'subdomain of a vendor domain',
    input: 'https://www.mychart.example/',
    expected: ok('https://www.mychart.example/'),
  },
  {
    why: 'deep subdomain',
    input: 'https://a.b.c.mychart.example/x',
    expected: ok('https://a.b.c.mychart.example/x'),
  },
  {
    why: 'athenahealth practice subdomain',
    input: 'https://1234-2.portal.athenahealth.com/',
    expected: ok('https://1234-2.portal.athenahealth.com/'),
  },
  {
    why: 'vendor host on a subdomain of the site (declared upper-case with trailing dot)',
    input: 'https://mychart.clinic.example/MyChart/',
    expected: ok('https://mychart.clinic.example/MyChart/'),
  },
  {
    why: 'upper-case scheme and host',
    input: 'HTTPS://MyChart.EXAMPLE/Login',
    expected: ok('https://mychart.example/Login'),
  },
  {
    why: 'trailing dot names the same host',
    input: 'https://mychart.example.',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'trailing dot with a path',
    input: 'https://mychart.example./login',
    expected: ok('https://mychart.example/login'),
  },
  {
    why: 'trailing dot on a subdomain',
    input: 'https://x.mychart.example./',
    expected: ok('https://x.mychart.example/'),
  },
  {
    why: 'surrounding spaces are dropped',
    input: '  https://mychart.example  ',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'leading control characters are dropped',
    input: '\u0000\u001fhttps://mychart.example',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'default port 443 is no port',
    input: 'https://mychart.example:443/',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'default port with leading zeros',
    input: 'https://mychart.example:00443/',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'empty port',
    input: 'https://mychart.example:/',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'backslashes act as slashes',
    input: 'https:\\\\mychart.example\\login',
    expected: ok('https://mychart.example/login'),
  },
  {
    why: 'mixed slash and backslash',
    input: 'https:/\\mychart.example',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'a backslash ends the host, so what follows is a path',
    input: 'https://mychart.example\\.evil.example',
    expected: ok('https://mychart.example/.evil.example'),
  },
  {
    why: 'a backslash before @ ends the host, so there are no credentials',
    input: 'https://mychart.example\\@evil.example',
    expected: ok('https://mychart.example/@evil.example'),
  },
  {
    why: 'scheme without slashes is still absolute',
    input: 'https:mychart.example',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'tabs and newlines inside are dropped',
    input: 'https://my\tchart.exa\nmple/lo\rgin',
    expected: ok('https://mychart.example/login'),
  },
  {
    why: '%2E in the host is a dot',
    input: 'https://mychart%2Eexample/',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'lower-case %2e in the host is a dot',
    input: 'https://mychart%2eexample',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'percent-encoded letters in the host',
    input: 'https://%6d%79chart.example',
    expected: ok('https://mychart.example/'),
  },
  {
    why: '%2E makes a subdomain of the vendor domain',
    input: 'https://evil%2Emychart.example',
    expected: ok('https://evil.mychart.example/'),
  },
  {
    why: 'Unicode subdomain becomes its xn-- form',
    input: 'https://☃.mychart.example/',
    expected: ok('https://xn--n3h.mychart.example/'),
  },
  {
    why: 'full-width letters are the same letters, not look-alikes',
    input: 'https://ｍｙｃｈａｒｔ.example/',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'ideographic full stop is a dot',
    input: 'https://mychart。example/',
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'underscore in a label',
    input: 'https://my_practice.mychart.example/',
    expected: ok('https://my_practice.mychart.example/'),
  },
  {
    why: 'digits that look like an address inside a name',
    input: 'https://127.0.0.1.mychart.example/',
    expected: ok('https://127.0.0.1.mychart.example/'),
  },
  {
    why: '@ in the fragment is not a user name',
    input: 'https://mychart.example/#@evil.example',
    expected: ok('https://mychart.example/#@evil.example'),
  },
  {
    why: '@ in the query is not a user name',
    input: 'https://mychart.example?@evil.example',
    expected: ok('https://mychart.example/?@evil.example'),
  },
  {
    why: 'another address in the query is left alone',
    input: 'https://mychart.example/login?redirect=https://evil.example',
    expected: ok('https://mychart.example/login?redirect=https://evil.example'),
  },
  {
    why: 'non-ASCII path is percent-encoded',
    input: 'https://mychart.example/é',
    expected: ok('https://mychart.example/%C3%A9'),
  },
  {
    why: 'dot segments are resolved',
    input: 'https://mychart.example/a/../b/./c',
    expected: ok('https://mychart.example/b/c'),
  },
  {
    why: 'trailing control characters are dropped',
    input: 'https://mychart.example/\u0000',
    expected: ok('https://mychart.example/'),
  },

  // Credentials: any user name or password, however harmless it looks.
  {
    why: 'userinfo that looks like the good host',
    input: 'https://good.example@evil.example',
    expected: 'credentials',
  },
  {
    why: 'vendor domain as user name',
    input: 'https://mychart.example@evil.example',
    expected: 'credentials',
  },
  {
    why: 'even when the real host is the vendor',
    input: 'https://evil.example@mychart.example',
    expected: 'credentials',
  },
  {
    why: 'user and password',
    input: 'https://user:pass@mychart.example/',
    expected: 'credentials',
  },
  { why: 'password only', input: 'https://:secret@mychart.example/', expected: 'credentials' },
  {
    why: 'user name with a dot boundary trick',
    input: 'https://mychart.example.@evil.example',
    expected: 'credentials',
  },
  {
    why: 'credentials behind backslashes',
    input: 'https:\\\\mychart.example:x@evil.example',
    expected: 'credentials',
  },
  {
    why: 'tab inside the user name',
    input: 'https://mychart.exa\tmple@evil.example',
    expected: 'credentials',
  },
  // An empty user name and password are dropped by the URL standard, but were still typed.
  { why: 'empty user name', input: 'https://@mychart.example', expected: 'credentials' },
  {
    why: 'empty user name and password',
    input: 'https://:@mychart.example/',
    expected: 'credentials',
  },
  {
    why: 'empty user name without slashes',
    input: 'https:@mychart.example',
    expected: 'credentials',
  },
  {
    why: 'empty user name after three slashes',
    input: 'https:///@mychart.example',
    expected: 'credentials',
  },
  {
    why: 'empty user name after backslashes',
    input: 'https:\\\\@mychart.example',
    expected: 'credentials',
  },
  {
    why: 'empty user name behind a leading space',
    input: ' https://@mychart.example',
    expected: 'credentials',
  },
  {
    why: 'empty user name hidden by a tab',
    input: 'https://\t@mychart.example',
    expected: 'credentials',
  },
  { why: 'two @ signs', input: 'https://@@mychart.example', expected: 'credentials' },

  // Backslashes that move the host elsewhere.
  {
    why: 'backslash puts the vendor domain in the path',
    input: 'https://evil.example\\@mychart.example',
    expected: 'not-vendor-domain',
  },
  {
    why: 'backslashes around another host',
    input: 'https:\\\\evil.example\\mychart.example',
    expected: 'not-vendor-domain',
  },

  // Tabs and newlines that build another host.
  {
    why: 'newline joins a longer host',
    input: 'https://mychart.example\n.evil.example/',
    expected: 'not-vendor-domain',
  },
  { why: 'tab inside the scheme', input: 'java\tscript:alert(1)', expected: 'not-https' },
  {
    why: 'newline inside the scheme',
    input: 'ht\ntps://evil.example',
    expected: 'not-vendor-domain',
  },

  // IP addresses in every spelling.
  { why: 'dotted IPv4', input: 'https://127.0.0.1/', expected: 'ip-address' },
  { why: 'IPv4 with trailing dot', input: 'https://127.0.0.1./', expected: 'ip-address' },
  { why: 'hex and short IPv4', input: 'https://0x7f.1/', expected: 'ip-address' },
  { why: 'IPv4 as one decimal number', input: 'https://2130706433/', expected: 'ip-address' },
  { why: 'short IPv4', input: 'https://127.1/', expected: 'ip-address' },
  { why: 'octal IPv4', input: 'https://0177.0.0.1/', expected: 'ip-address' },
  { why: 'percent-encoded IPv4', input: 'https://%31%32%37.0.0.1/', expected: 'ip-address' },
  { why: 'public IPv4', input: 'https://8.8.8.8/', expected: 'ip-address' },
  { why: 'private IPv4', input: 'https://192.168.0.1/', expected: 'ip-address' },
  { why: 'IPv6 loopback', input: 'https://[::1]/', expected: 'ip-address' },
  { why: 'IPv4-mapped IPv6', input: 'https://[::ffff:127.0.0.1]/', expected: 'ip-address' },
  { why: 'IPv6 with default port', input: 'https://[2001:db8::1]:443/', expected: 'ip-address' },
  { why: 'IPv6 with another port', input: 'https://[2001:db8::1]:8443/', expected: 'port' },
  { why: 'unclosed IPv6', input: 'https://[::1/', expected: 'not-a-url' },
  { why: 'IPv4 out of range', input: 'https://256.256.256.256/', expected: 'not-a-url' },
  { why: 'name ending in a number', input: 'https://mychart.example.1/', expected: 'not-a-url' },

  // %2E and other encodings in the host.
  {
    why: '%2E builds another domain',
    input: 'https://evil%2Eexample/',
    expected: 'not-vendor-domain',
  },
  {
    why: '%2E builds a longer host',
    input: 'https://mychart%2Eexample%2Eevil.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: '%2F in the host',
    input: 'https://mychart.example%2F.evil.example/',
    expected: 'not-a-url',
  },
  {
    why: '%40 in the host',
    input: 'https://mychart.example%40evil.example/',
    expected: 'not-a-url',
  },
  { why: '%00 in the host', input: 'https://mychart.example%00/', expected: 'not-a-url' },

  // Look-alikes: a different letter is a different host.
  {
    why: 'Cyrillic а in the name',
    input: 'https://mychаrt.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'the xn-- form of the Cyrillic look-alike',
    input: 'https://xn--mychrt-6nf.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'Cyrillic е in the suffix',
    input: 'https://mychart.еxample/',
    expected: 'not-public-host',
  },
  { why: 'invalid xn-- label', input: 'https://xn--zz.mychart.example/', expected: 'not-a-url' },

  // Suffix matching only on a dot boundary.
  {
    why: 'vendor name glued to another',
    input: 'https://evilmychart.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'vendor name as a subdomain of the attacker',
    input: 'https://mychart.example.attacker.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'vendor name with a hyphen suffix',
    input: 'https://mychart.example-attacker.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'shorter name inside the vendor name',
    input: 'https://chart.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'parent of a vendor domain',
    input: 'https://athenahealth.com/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'sibling of a vendor domain',
    input: 'https://myidentity.platform.athenahealth.com/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'glued name with trailing dot',
    input: 'https://evilmychart.example./',
    expected: 'not-vendor-domain',
  },
  { why: 'two trailing dots', input: 'https://mychart.example../', expected: 'not-a-url' },
  { why: 'empty label', input: 'https://a..mychart.example/', expected: 'not-a-url' },

  // Hosts that are not real names.
  { why: 'quote in a label', input: 'https://a"b.mychart.example/', expected: 'not-a-url' },
  { why: 'braces in a label', input: 'https://{x}.mychart.example/', expected: 'not-a-url' },
  {
    why: 'label starting with a hyphen',
    input: 'https://-x.mychart.example/',
    expected: 'not-a-url',
  },
  {
    why: 'label ending with a hyphen',
    input: 'https://x-.mychart.example/',
    expected: 'not-a-url',
  },
  {
    why: 'label of 64 characters',
    input: `https://${'a'.repeat(64)}.mychart.example/`,
    expected: 'not-a-url',
  },
  {
    why: 'label of 63 characters',
    input: `https://${'a'.repeat(63)}.mychart.example/`,
    expected: ok(`https://${'a'.repeat(63)}.mychart.example/`),
  },
  {
    why: 'host longer than 253 characters',
    input: `https://${'a.'.repeat(125)}mychart.example/`,
    expected: 'not-a-url',
  },
  { why: 'wildcard label', input: 'https://*.mychart.example/', expected: 'not-a-url' },
  { why: 'space in the host', input: 'https://mych art.example/', expected: 'not-a-url' },
  { why: 'markup as a host', input: 'https://<script>/', expected: 'not-a-url' },

  // Schemes that are never portal links.
  { why: 'javascript:', input: 'javascript:alert(1)', expected: 'not-https' },
  {
    why: 'javascript: in capitals',
    input: 'JavaScript:alert(document.cookie)',
    expected: 'not-https',
  },
  {
    why: 'javascript: that looks like a link',
    input: 'javascript://mychart.example/%0Aalert(1)',
    expected: 'not-https',
  },
  { why: 'javascript: with leading space', input: ' javascript:alert(1)', expected: 'not-https' },
  { why: 'data: HTML', input: 'data:text/html,<script>alert(1)</script>', expected: 'not-https' },
  { why: 'data: base64', input: 'data:text/html;base64,PHNjcmlwdD4=', expected: 'not-https' },
  { why: 'http:', input: 'http://mychart.example/', expected: 'not-https' },
  { why: 'http: in capitals', input: 'HTTP://MYCHART.EXAMPLE', expected: 'not-https' },
  { why: 'ftp:', input: 'ftp://mychart.example/', expected: 'not-https' },
  { why: 'wss:', input: 'wss://mychart.example/', expected: 'not-https' },
  { why: 'vbscript:', input: 'vbscript:msgbox(1)', expected: 'not-https' },
  { why: 'file:', input: 'file:///etc/passwd', expected: 'not-https' },
  { why: 'blob:', input: 'blob:https://mychart.example/0', expected: 'not-https' },
  { why: 'mailto:', input: 'mailto:help@mychart.example', expected: 'not-https' },
  { why: 'tel:', input: 'tel:+15555550100', expected: 'not-https' },
  { why: 'misspelt scheme', input: 'httpss://mychart.example', expected: 'not-https' },

  // Relative and protocol-relative links would open a page of the clinic's own site.
  { why: 'absolute path', input: '/portal', expected: 'relative' },
  { why: 'relative path', input: 'portal/login', expected: 'relative' },
  { why: 'file name', input: 'portal.html', expected: 'relative' },
  { why: 'single name with a path', input: 'mychart/login', expected: 'relative' },
  { why: 'private name without https://', input: 'mychart.local/login', expected: 'relative' },

  // A vendor address typed without its start: say what is missing, not "a page of your site".
  { why: 'bare vendor domain', input: 'mychart.example', expected: 'missing-https' },
  {
    why: 'bare vendor domain with path',
    input: 'www.mychart.example/login',
    expected: 'missing-https',
  },
  {
    why: 'vendor address with its path',
    input: 'mychart.example/MyChart',
    expected: 'missing-https',
  },
  {
    why: 'vendor address with spaces around it',
    input: '  portal.athenahealth.com/  ',
    expected: 'missing-https',
  },
  {
    why: 'an address off the vendor’s domain, also without https://',
    input: 'evil.example/login',
    expected: 'missing-https',
  },
  { why: 'query only', input: '?next=1', expected: 'relative' },
  { why: 'fragment only', input: '#portal', expected: 'relative' },
  { why: 'parent path', input: '../portal', expected: 'relative' },
  { why: 'protocol-relative', input: '//mychart.example/', expected: 'relative' },
  {
    why: 'protocol-relative with backslashes',
    input: '\\\\mychart.example\\',
    expected: 'relative',
  },
  { why: 'slash and backslash', input: '/\\mychart.example', expected: 'relative' },
  { why: 'scheme only', input: 'https:', expected: 'relative' },

  // Not a web address at all.
  { why: 'scheme and slashes only', input: 'https://', expected: 'not-a-url' },
  { why: 'port without host', input: 'https://:443', expected: 'not-a-url' },
  { why: 'port out of range', input: 'https://mychart.example:65536/', expected: 'not-a-url' },
  {
    why: 'port that is not a number',
    input: 'https://mychart.example:https/',
    expected: 'not-a-url',
  },

  // Ports.
  { why: 'unusual port', input: 'https://mychart.example:8443/', expected: 'port' },
  { why: 'port 80 on https', input: 'https://mychart.example:80/', expected: 'port' },
  { why: 'port 0', input: 'https://mychart.example:0/', expected: 'port' },
  { why: 'port 444', input: 'https://mychart.example:444/', expected: 'port' },

  // Names that patients cannot reach from the internet.
  { why: 'localhost', input: 'https://localhost/', expected: 'not-public-host' },
  {
    why: 'localhost with trailing dot in capitals',
    input: 'https://LOCALHOST./',
    expected: 'not-public-host',
  },
  {
    why: 'subdomain of localhost',
    input: 'https://mychart.localhost/',
    expected: 'not-public-host',
  },
  { why: '.local', input: 'https://printer.local/', expected: 'not-public-host' },
  { why: '.internal', input: 'https://ehr.internal/', expected: 'not-public-host' },
  { why: '.lan', input: 'https://router.lan/', expected: 'not-public-host' },
  { why: '.corp', input: 'https://mychart.corp/', expected: 'not-public-host' },
  { why: '.test', input: 'https://mychart.test/', expected: 'not-public-host' },
  { why: '.invalid', input: 'https://mychart.invalid/', expected: 'not-public-host' },
  // Special-use names the Public Suffix List still lists: refused even when declared as the vendor's.
  {
    why: 'home.arpa, declared as the vendor domain',
    input: 'https://foo.home.arpa/',
    context: { siteHosts: [], vendorDomains: ['foo.home.arpa'] },
    expected: 'not-public-host',
  },
  {
    why: '.onion, declared as the vendor domain',
    input: 'https://mychart.onion/',
    context: { siteHosts: [], vendorDomains: ['mychart.onion'] },
    expected: 'not-public-host',
  },
  {
    why: 'in-addr.arpa, declared as the vendor domain',
    input: 'https://127.in-addr.arpa/',
    context: { siteHosts: [], vendorDomains: ['127.in-addr.arpa'] },
    expected: 'not-public-host',
  },
  { why: '.alt', input: 'https://mychart.alt/', expected: 'not-public-host' },
  { why: 'ip6.arpa', input: 'https://x.ip6.arpa/', expected: 'not-public-host' },
  { why: '.arpa itself', input: 'https://arpa/', expected: 'not-public-host' },
  { why: 'single-label name', input: 'https://intranet/', expected: 'not-public-host' },
  { why: 'single-label vendor-like name', input: 'https://mychart/', expected: 'not-public-host' },

  // A bare public suffix is a public name, but nobody's website: no vendor domain covers it.
  {
    why: 'the reserved name example on its own',
    input: 'https://example/',
    expected: 'not-vendor-domain',
  },
  { why: 'a bare top-level name', input: 'https://com/', expected: 'not-vendor-domain' },
  { why: 'a bare two-level public suffix', input: 'https://co.uk/', expected: 'not-vendor-domain' },
  {
    why: 'a bare private public suffix',
    input: 'https://github.io/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'a public suffix inside the vendor domain',
    input: 'https://s3.amazonaws.com/',
    context: { siteHosts: [], vendorDomains: ['amazonaws.com'] },
    expected: 'not-vendor-domain',
  },

  // The website's own hosts, and their www twins.
  { why: 'site host', input: 'https://clinic.example/', expected: 'site-host' },
  {
    why: 'site host with a path',
    input: 'https://clinic.example/patient-portal',
    expected: 'site-host',
  },
  { why: 'www twin of the site host', input: 'https://www.clinic.example/', expected: 'site-host' },
  {
    why: 'site host in capitals with trailing dot',
    input: 'https://WWW.Clinic.Example./',
    expected: 'site-host',
  },
  {
    why: 'undeclared subdomain of the site',
    input: 'https://portal.clinic.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'www of www is not a twin',
    input: 'https://www.www.clinic.example/',
    expected: 'not-vendor-domain',
  },
  {
    why: 'site host wins even when the vendor domain would cover it',
    input: 'https://www.clinic.example/',
    context: {
      siteHosts: ['https://WWW.CLINIC.EXAMPLE/home'],
      vendorDomains: ['clinic.example', 'mychart.example'],
    },
    expected: 'site-host',
  },
  {
    why: 'site host declared as a full address with port',
    input: 'https://clinic.example/',
    context: {
      siteHosts: ['https://clinic.example:8443/path'],
      vendorDomains: ['mychart.example'],
    },
    expected: 'site-host',
  },
  {
    why: 'site host with a port out of range is still read',
    input: 'https://clinic.example/',
    context: { siteHosts: ['clinic.example:99999'], vendorDomains: ['mychart.clinic.example'] },
    expected: 'site-host',
  },
  {
    why: 'site host as name:port, in capitals, with spaces and a trailing dot',
    input: 'https://www.clinic.example/',
    context: { siteHosts: ['  CLINIC.Example.:8080  '], vendorDomains: ['mychart.example'] },
    expected: 'site-host',
  },
  {
    why: 'site host as a full address with another scheme and a port',
    input: 'https://clinic.example/',
    context: {
      siteHosts: ['http://WWW.clinic.example:99999/home'],
      vendorDomains: ['mychart.example'],
    },
    expected: 'site-host',
  },
  {
    why: 'site host in another script is read as its xn-- form',
    input: 'https://xn--clnica-4va.example/',
    context: { siteHosts: ['CLÍNICA.example'], vendorDomains: ['mychart.example'] },
    expected: 'site-host',
  },
  {
    why: 'site host with a space in it cannot be read, so nothing is accepted',
    input: 'https://clinic.example/',
    context: { siteHosts: ['clinic .example'], vendorDomains: ['clinic.example'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'an unreadable site host refuses links nowhere near the site too',
    input: 'https://mychart.example/',
    context: {
      siteHosts: ['clinic.example', 'clinic .example'],
      vendorDomains: ['mychart.example'],
    },
    expected: 'unreadable-site-host',
  },
  {
    why: 'site host that is only a scheme',
    input: 'https://mychart.example/',
    context: { siteHosts: ['https://'], vendorDomains: ['mychart.example'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'site host with a user name',
    input: 'https://clinic.example/',
    context: { siteHosts: ['admin@clinic.example'], vendorDomains: ['clinic.example'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'site host with characters no real name has',
    input: 'https://mychart.example/',
    context: { siteHosts: ['clinic{1}.example'], vendorDomains: ['mychart.example'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'site host that is not text',
    input: 'https://mychart.example/',
    context: { siteHosts: [42] as unknown as string[], vendorDomains: ['mychart.example'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'site hosts that are not a list',
    input: 'https://clinic.example/',
    context: {
      siteHosts: 'clinic.example' as unknown as string[],
      vendorDomains: ['clinic.example'],
    },
    expected: 'unreadable-site-host',
  },
  {
    why: 'empty site host entries are nothing, not unreadable',
    input: 'https://mychart.example/',
    context: {
      siteHosts: ['', '   ', null] as unknown as string[],
      vendorDomains: ['mychart.example'],
    },
    expected: ok('https://mychart.example/'),
  },
  {
    why: 'the link’s own problem comes before an unreadable site host',
    input: 'http://mychart.example/',
    context: { siteHosts: ['clinic .example'], vendorDomains: ['mychart.example'] },
    expected: 'not-https',
  },
  {
    why: 'site host that is itself inside a vendor domain',
    input: 'https://clinic.mychart.example/',
    context: { siteHosts: ['www.clinic.mychart.example'], vendorDomains: ['mychart.example'] },
    expected: 'site-host',
  },

  // No usable vendor domain.
  {
    why: 'no vendor domains',
    input: 'https://mychart.example/',
    context: { siteHosts: ['clinic.example'], vendorDomains: [] },
    expected: 'no-vendor-domain',
  },
  {
    why: 'only unusable vendor domains',
    input: 'https://mychart.example/',
    context: {
      siteHosts: ['clinic.example'],
      vendorDomains: [
        '',
        '   ',
        'com',
        'example',
        'github.io',
        'https://mychart.example',
        '127.0.0.1',
        'localhost',
        'clinic.example',
      ],
    },
    expected: 'no-vendor-domain',
  },
  {
    why: 'vendor domains not a list',
    input: 'https://mychart.example/',
    context: {
      siteHosts: ['clinic.example'],
      vendorDomains: 'mychart.example' as unknown as string[],
    },
    expected: 'no-vendor-domain',
  },
  {
    why: 'vendor domains with non-text entries',
    input: 'https://mychart.example/',
    context: { siteHosts: [], vendorDomains: [null, 42, {}, hostile] as unknown as string[] },
    expected: 'no-vendor-domain',
  },
  {
    why: 'no context at all',
    input: 'https://mychart.example/',
    context: undefined as unknown as PortalLinkContext,
    expected: 'no-vendor-domain',
  },
  {
    why: 'vendor domain that covers the site is unusable',
    input: 'https://portal.clinic.example/',
    context: { siteHosts: ['www.clinic.example'], vendorDomains: ['clinic.example'] },
    expected: 'no-vendor-domain',
  },

  // Shared hosting: a vendor domain that contains a public suffix does not vouch for its tenants.
  {
    why: 'tenant under a public suffix inside the vendor domain',
    input: 'https://anyone.s3.amazonaws.com/login',
    context: { siteHosts: [], vendorDomains: ['amazonaws.com'] },
    expected: 'not-vendor-domain',
  },
  {
    why: 'the vendor domain itself is still fine',
    input: 'https://amazonaws.com/login',
    context: { siteHosts: [], vendorDomains: ['amazonaws.com'] },
    expected: ok('https://amazonaws.com/login'),
  },
  {
    why: 'a tenant declared exactly',
    input: 'https://clinic-portal.github.io/',
    context: { siteHosts: [], vendorDomains: ['clinic-portal.github.io'] },
    expected: ok('https://clinic-portal.github.io/'),
  },
  {
    why: 'another tenant of the same host',
    input: 'https://evil.github.io/',
    context: { siteHosts: [], vendorDomains: ['clinic-portal.github.io'] },
    expected: 'not-vendor-domain',
  },
  {
    why: 'IDN vendor domain matches its Unicode link',
    input: 'https://portal.bücher.de/',
    context: { siteHosts: [], vendorDomains: ['BÜCHER.DE.'] },
    expected: ok('https://portal.xn--bcher-kva.de/'),
  },

  // Not text.
  { why: 'undefined', input: undefined, expected: 'not-text' },
  { why: 'null', input: null, expected: 'not-text' },
  { why: 'number', input: 42, expected: 'not-text' },
  { why: 'NaN', input: Number.NaN, expected: 'not-text' },
  { why: 'bigint', input: BigInt(10), expected: 'not-text' },
  { why: 'boolean', input: true, expected: 'not-text' },
  { why: 'symbol', input: Symbol('https://mychart.example'), expected: 'not-text' },
  { why: 'function', input: () => 'https://mychart.example', expected: 'not-text' },
  { why: 'plain object', input: {}, expected: 'not-text' },
  { why: 'object with href', input: { href: 'https://mychart.example' }, expected: 'not-text' },
  { why: 'URL object', input: new URL('https://mychart.example'), expected: 'not-text' },
  {
    why: 'String object',
    input: Object('https://mychart.example') as unknown,
    expected: 'not-text',
  },
  { why: 'array', input: [], expected: 'not-text' },
  { why: 'array of one address', input: ['https://mychart.example'], expected: 'not-text' },
  { why: 'object without prototype', input: Object.create(null) as unknown, expected: 'not-text' },
  { why: 'object whose toString throws', input: hostile, expected: 'not-text' },
  { why: 'proxy that throws on everything', input: trap, expected: 'not-text' },

  // Empty.
  { why: 'empty string', input: '', expected: 'empty' },
  { why: 'spaces', input: '   ', expected: 'empty' },
  { why: 'tabs and newlines', input: '\t\r\n', expected: 'empty' },
  { why: 'no-break and ideographic spaces', input: '\u00a0\u3000\ufeff', expected: 'empty' },

  // Too long.
  {
    why: 'one over the limit',
    input: `https://mychart.example/${'a'.repeat(MAX_PORTAL_LINK_LENGTH)}`,
    expected: 'too-long',
  },
  {
    why: 'exactly at the limit',
    input: `https://mychart.example/${'a'.repeat(MAX_PORTAL_LINK_LENGTH - 24)}`,
    expected: ok(`https://mychart.example/${'a'.repeat(MAX_PORTAL_LINK_LENGTH - 24)}`),
  },
  {
    why: 'short input that grows past the limit when written out',
    input: `https://mychart.example/${'é'.repeat(400)}`,
    expected: 'too-long',
  },
  {
    why: 'a megabyte of text',
    input: `https://mychart.example/${'x'.repeat(1_000_000)}`,
    expected: 'too-long',
  },
  { why: 'a megabyte of junk', input: '\u0000%@\\'.repeat(250_000), expected: 'too-long' },
]

describe('checkPortalLink table', () => {
  test.each(LINK_CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const context = 'context' in c ? (c.context as PortalLinkContext) : CLINIC
    const result = checkPortalLink(c.input, context)
    if (typeof c.expected === 'string') {
      expect(result).toEqual({ ok: false, problem: c.expected, message: expect.any(String) })
      if (!result.ok) expectPlainMessage(result.message)
    } else {
      expect(result).toEqual({ ok: true, value: c.expected.href })
      // Accepted addresses keep every promise and check again to themselves.
      expect(
        brokenPromise(c.input, result, context ?? { siteHosts: [], vendorDomains: [] }),
      ).toBeNull()
      if (result.ok) expect(checkPortalLink(result.value, context)).toEqual(result)
    }
  })

  test('the table reaches every problem code', () => {
    const seen = new Set(
      LINK_CASES.map((c) => c.expected).filter(
        (e): e is PortalLinkProblem => typeof e === 'string',
      ),
    )
    expect([...seen].sort()).toEqual([...LINK_PROBLEMS].sort())
  })

  test('a context whose lists throw when read never makes it throw', () => {
    const result = checkPortalLink('https://mychart.example/', trap as unknown as PortalLinkContext)
    expect(result.ok).toBe(false)
    const lists = checkPortalLink('https://mychart.example/', {
      siteHosts: trap as unknown as string[],
      vendorDomains: trap as unknown as string[],
    })
    expect(lists.ok).toBe(false)
  })

  test('the result carries nothing beyond its documented fields', () => {
    expect(Object.keys(checkPortalLink('https://mychart.example', CLINIC)).sort()).toEqual([
      'ok',
      'value',
    ])
    expect(Object.keys(checkPortalLink('http://mychart.example', CLINIC)).sort()).toEqual([
      'message',
      'ok',
      'problem',
    ])
  })

  test('an accepted address is a PortalHref and a plain string', () => {
    const result = checkPortalLink('https://mychart.example', CLINIC)
    if (!result.ok) throw new Error('expected ok')
    const href: PortalHref = result.value
    const asText: string = href
    expect(typeof asText).toBe('string')
    // @ts-expect-error: an unchecked string is not a PortalHref.
    const forged: PortalHref = 'https://evil.example/'
    expect(forged).toBe('https://evil.example/')
  })
})

type DomainExpectation = { domain: string } | VendorDomainProblem
interface DomainCase {
  readonly why: string
  readonly input: unknown
  readonly expected: DomainExpectation
  readonly context?: SiteContext
}

const domain = (name: string): DomainExpectation => ({ domain: name })

/** The clinic's site, declared both as a bare name and as a full address. */
const SITE: SiteContext = {
  siteHosts: ['clinic.example', 'https://www.other-clinic.example/about'],
}

const DOMAIN_CASES: readonly DomainCase[] = [
  // Registrable names, normalised.
  { why: 'a .example name', input: 'mychart.example', expected: domain('mychart.example') },
  { why: 'a .com name', input: 'athenahealth.com', expected: domain('athenahealth.com') },
  {
    why: 'a subdomain of a .com name',
    input: 'portal.athenahealth.com',
    expected: domain('portal.athenahealth.com'),
  },
  { why: 'www host', input: 'www.nextmd.com', expected: domain('www.nextmd.com') },
  { why: 'name under a two-level suffix', input: 'clinic.co.uk', expected: domain('clinic.co.uk') },
  {
    why: 'name under a private suffix',
    input: 'clinic-portal.github.io',
    expected: domain('clinic-portal.github.io'),
  },
  {
    why: 'hyphens and digits',
    input: 'mycw12.ecwcloud.com',
    expected: domain('mycw12.ecwcloud.com'),
  },
  { why: 'underscore', input: 'my_portal.example', expected: domain('my_portal.example') },
  { why: 'upper case', input: 'MyChart.Example', expected: domain('mychart.example') },
  { why: 'trailing dot', input: 'mychart.example.', expected: domain('mychart.example') },
  {
    why: 'upper case and trailing dot',
    input: 'PORTAL.ATHENAHEALTH.COM.',
    expected: domain('portal.athenahealth.com'),
  },
  { why: 'surrounding spaces', input: '  mychart.example\t', expected: domain('mychart.example') },
  {
    why: 'IDN name becomes its xn-- form',
    input: 'bücher.de',
    expected: domain('xn--bcher-kva.de'),
  },
  { why: 'IDN name in capitals', input: 'BÜCHER.DE', expected: domain('xn--bcher-kva.de') },
  { why: 'emoji-like IDN', input: '☃.net', expected: domain('xn--n3h.net') },
  {
    why: 'Cyrillic look-alike is its own name',
    input: 'mychаrt.example',
    expected: domain('xn--mychrt-6nf.example'),
  },
  {
    why: 'full-width letters',
    input: 'ｍｙｃｈａｒｔ.example',
    expected: domain('mychart.example'),
  },
  { why: 'ideographic full stop', input: 'mychart。example', expected: domain('mychart.example') },
  { why: 'xn-- form kept', input: 'xn--bcher-kva.de', expected: domain('xn--bcher-kva.de') },
  {
    why: 'subdomain of the site is fine',
    input: 'mychart.clinic.example',
    expected: domain('mychart.clinic.example'),
  },
  {
    why: 'subdomain of the www twin is fine',
    input: 'portal.www.clinic.example',
    expected: domain('portal.www.clinic.example'),
  },
  { why: 'a sibling of the site', input: 'hospital.example', expected: domain('hospital.example') },
  {
    why: 'site name glued to another',
    input: 'myclinic.example',
    expected: domain('myclinic.example'),
  },

  // Public suffixes: too broad.
  { why: 'com', input: 'com', expected: 'public-suffix' },
  { why: 'COM with trailing dot', input: 'COM.', expected: 'public-suffix' },
  { why: 'co.uk', input: 'co.uk', expected: 'public-suffix' },
  { why: 'gov.uk', input: 'gov.uk', expected: 'public-suffix' },
  { why: 'github.io, from the private section', input: 'github.io', expected: 'public-suffix' },
  { why: 'GitHub.IO. normalised', input: 'GitHub.IO.', expected: 'public-suffix' },
  {
    why: 's3.amazonaws.com, a private suffix under a .com name',
    input: 's3.amazonaws.com',
    expected: 'public-suffix',
  },
  { why: 'blogspot.com', input: 'blogspot.com', expected: 'public-suffix' },
  { why: 'example alone', input: 'example', expected: 'public-suffix' },
  { why: 'EXAMPLE. alone', input: 'EXAMPLE.', expected: 'public-suffix' },

  // IP addresses.
  { why: 'dotted IPv4', input: '127.0.0.1', expected: 'ip-address' },
  { why: 'public IPv4', input: '8.8.8.8', expected: 'ip-address' },
  { why: 'hex short IPv4', input: '0x7f.1', expected: 'ip-address' },
  { why: 'decimal IPv4', input: '2130706433', expected: 'ip-address' },
  { why: 'short IPv4', input: '127.1', expected: 'ip-address' },
  { why: 'IPv4 with trailing dot', input: '1.2.3.4.', expected: 'ip-address' },
  { why: 'IPv6 in brackets', input: '[::1]', expected: 'ip-address' },
  { why: 'full IPv6 in brackets', input: '[2001:db8::1]', expected: 'ip-address' },
  { why: 'IPv6 without brackets', input: '::1', expected: 'not-a-domain' },
  { why: 'IPv6 in brackets with a path', input: '[::1]/x', expected: 'not-a-domain' },

  // More than a domain: scheme, path, port, user name, encodings.
  { why: 'full address', input: 'https://mychart.example', expected: 'not-a-domain' },
  { why: 'http address', input: 'http://mychart.example/', expected: 'not-a-domain' },
  { why: 'trailing slash', input: 'mychart.example/', expected: 'not-a-domain' },
  { why: 'path', input: 'mychart.example/MyChart', expected: 'not-a-domain' },
  { why: 'backslash', input: 'mychart.example\\MyChart', expected: 'not-a-domain' },
  { why: 'port', input: 'mychart.example:443', expected: 'not-a-domain' },
  { why: 'user name', input: 'user@mychart.example', expected: 'not-a-domain' },
  { why: 'query', input: 'mychart.example?x=1', expected: 'not-a-domain' },
  { why: 'fragment', input: 'mychart.example#x', expected: 'not-a-domain' },
  { why: 'space inside', input: 'mychart .example', expected: 'not-a-domain' },
  { why: 'newline inside', input: 'mychart.\nexample', expected: 'not-a-domain' },
  { why: 'percent-encoded dot', input: 'mychart%2Eexample', expected: 'not-a-domain' },
  { why: 'wildcard', input: '*.mychart.example', expected: 'not-a-domain' },
  { why: 'leading dot', input: '.mychart.example', expected: 'not-a-domain' },
  { why: 'two trailing dots', input: 'mychart.example..', expected: 'not-a-domain' },
  { why: 'empty label', input: 'my..chart.example', expected: 'not-a-domain' },
  { why: 'quote in a label', input: 'a"b.example', expected: 'not-a-domain' },
  { why: 'label starting with a hyphen', input: '-mychart.example', expected: 'not-a-domain' },
  { why: 'invalid xn-- label', input: 'xn--zz.com', expected: 'not-a-domain' },
  { why: 'forbidden character', input: 'mychart<.example', expected: 'not-a-domain' },
  { why: 'label of 64 characters', input: `${'a'.repeat(64)}.com`, expected: 'not-a-domain' },
  { why: 'very long', input: `${'a.'.repeat(100_000)}com`, expected: 'not-a-domain' },

  // Not public names.
  { why: 'localhost', input: 'localhost', expected: 'not-public-host' },
  { why: '.local', input: 'printer.local', expected: 'not-public-host' },
  { why: '.internal', input: 'ehr.internal', expected: 'not-public-host' },
  { why: '.test', input: 'mychart.test', expected: 'not-public-host' },
  { why: 'single label', input: 'intranet', expected: 'not-public-host' },
  // Special-use names, even those the Public Suffix List lists.
  { why: 'home.arpa', input: 'foo.home.arpa', expected: 'not-public-host' },
  { why: '.onion', input: 'mychart.onion', expected: 'not-public-host' },
  { why: 'in-addr.arpa', input: '127.in-addr.arpa', expected: 'not-public-host' },
  { why: 'ip6.arpa', input: '1.ip6.arpa', expected: 'not-public-host' },
  { why: '.arpa itself', input: 'arpa', expected: 'not-public-host' },
  { why: '.alt', input: 'mychart.alt', expected: 'not-public-host' },
  { why: '.localhost', input: 'mychart.localhost', expected: 'not-public-host' },
  { why: '.invalid', input: 'mychart.invalid', expected: 'not-public-host' },
  {
    why: 'Cyrillic look-alike of the suffix',
    input: 'mychart.еxample',
    expected: 'not-public-host',
  },

  // The site itself, or a parent of it.
  { why: 'the site host', input: 'clinic.example', expected: 'covers-site' },
  {
    why: 'the site host in capitals with trailing dot',
    input: 'CLINIC.EXAMPLE.',
    expected: 'covers-site',
  },
  { why: 'the www twin of the site host', input: 'www.clinic.example', expected: 'covers-site' },
  {
    why: 'a site declared as a full address',
    input: 'www.other-clinic.example',
    expected: 'covers-site',
  },
  { why: 'the bare twin of a www site', input: 'other-clinic.example', expected: 'covers-site' },
  {
    why: 'a parent of the site host',
    input: 'hospital.example',
    context: { siteHosts: ['clinic.hospital.example'] },
    expected: 'covers-site',
  },
  {
    why: 'a grandparent under a two-level suffix',
    input: 'hospital.co.uk',
    context: { siteHosts: ['https://www.clinic.ward.hospital.co.uk/'] },
    expected: 'covers-site',
  },
  {
    why: 'an IDN site host and its vendor domain in Unicode',
    input: 'Clínica.Example',
    context: { siteHosts: ['www.clínica.example'] },
    expected: 'covers-site',
  },
  {
    why: 'a site host given in an odd form is still understood',
    input: 'clinic.example',
    context: { siteHosts: ['  CLINIC.EXAMPLE.  '] },
    expected: 'covers-site',
  },
  {
    why: 'empty site entries are nothing',
    input: 'clinic.example',
    context: { siteHosts: ['', '   ', null] as unknown as string[] },
    expected: domain('clinic.example'),
  },
  {
    why: 'a site host with a port out of range is still read',
    input: 'clinic.example',
    context: { siteHosts: ['clinic.example:99999'] },
    expected: 'covers-site',
  },
  {
    why: 'a site host given as a full address with a port',
    input: 'clinic.example',
    context: { siteHosts: [' HTTPS://WWW.CLINIC.EXAMPLE.:8443/home '] },
    expected: 'covers-site',
  },
  {
    why: 'a site host that cannot be read refuses the domain',
    input: 'clinic.example',
    context: { siteHosts: ['clinic .example'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'an unreadable site host refuses domains nowhere near the site too',
    input: 'mychart.example',
    context: { siteHosts: ['clinic.example', 'https://'] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'a site host that is not text',
    input: 'mychart.example',
    context: { siteHosts: [42] as unknown as string[] },
    expected: 'unreadable-site-host',
  },
  {
    why: 'the domain’s own problem comes before an unreadable site host',
    input: 'com',
    context: { siteHosts: ['a b'] },
    expected: 'public-suffix',
  },
  {
    why: 'no context at all',
    input: 'mychart.example',
    context: undefined as unknown as SiteContext,
    expected: domain('mychart.example'),
  },

  // Not text, or empty.
  { why: 'undefined', input: undefined, expected: 'not-text' },
  { why: 'null', input: null, expected: 'not-text' },
  { why: 'number', input: 1, expected: 'not-text' },
  { why: 'object', input: { domain: 'mychart.example' }, expected: 'not-text' },
  { why: 'array', input: ['mychart.example'], expected: 'not-text' },
  { why: 'symbol', input: Symbol('mychart.example'), expected: 'not-text' },
  { why: 'object whose toString throws', input: hostile, expected: 'not-text' },
  { why: 'proxy that throws on everything', input: trap, expected: 'not-text' },
  { why: 'empty string', input: '', expected: 'empty' },
  { why: 'whitespace', input: ' \t\n\u00a0', expected: 'empty' },
]

describe('checkVendorDomain table', () => {
  test.each(DOMAIN_CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const context = 'context' in c ? (c.context as SiteContext) : SITE
    const result = checkVendorDomain(c.input, context)
    if (typeof c.expected === 'string') {
      expect(result).toEqual({ ok: false, problem: c.expected, message: expect.any(String) })
      if (!result.ok) expectPlainMessage(result.message)
    } else {
      expect(result).toEqual({ ok: true, value: c.expected.domain })
      // Normalised domains check again to themselves.
      if (result.ok) expect(checkVendorDomain(result.value, context)).toEqual(result)
    }
  })

  test('the table reaches every problem code', () => {
    const seen = new Set(
      DOMAIN_CASES.map((c) => c.expected).filter(
        (e): e is VendorDomainProblem => typeof e === 'string',
      ),
    )
    expect([...seen].sort()).toEqual([...DOMAIN_PROBLEMS].sort())
  })

  test('a context that throws when read never makes it throw', () => {
    expect(checkVendorDomain('mychart.example', trap as unknown as SiteContext)).toMatchObject({
      ok: false,
    })
    // A site list that is not a real list cannot be read, so nothing can be checked against it.
    expect(
      checkVendorDomain('mychart.example', { siteHosts: trap as unknown as string[] }),
    ).toMatchObject({ ok: false, problem: 'unreadable-site-host' })
  })
})

describe('messages', () => {
  /** One input per code, so that every code's message is looked at. */
  const linkExample = new Map<PortalLinkProblem, LinkCase>()
  for (const c of LINK_CASES) {
    if (typeof c.expected === 'string' && !linkExample.has(c.expected))
      linkExample.set(c.expected, c)
  }
  const domainExample = new Map<VendorDomainProblem, DomainCase>()
  for (const c of DOMAIN_CASES) {
    if (typeof c.expected === 'string' && !domainExample.has(c.expected))
      domainExample.set(c.expected, c)
  }

  const linkMessage = (code: PortalLinkProblem): string => {
    const c = linkExample.get(code)
    if (c === undefined) throw new Error(`no example for ${code}`)
    const result = checkPortalLink(
      c.input,
      'context' in c ? (c.context as PortalLinkContext) : CLINIC,
    )
    return result.ok ? '' : result.message
  }
  const domainMessage = (code: VendorDomainProblem): string => {
    const c = domainExample.get(code)
    if (c === undefined) throw new Error(`no example for ${code}`)
    const result = checkVendorDomain(c.input, 'context' in c ? (c.context as SiteContext) : SITE)
    return result.ok ? '' : result.message
  }

  test.each([...LINK_PROBLEMS])('portal link problem %s has a plain message', (code) => {
    expectPlainMessage(linkMessage(code))
  })

  test.each([...DOMAIN_PROBLEMS])('vendor domain problem %s has a plain message', (code) => {
    expectPlainMessage(domainMessage(code))
  })

  test('each code has its own message', () => {
    const link = LINK_PROBLEMS.map(linkMessage)
    const domains = DOMAIN_PROBLEMS.map(domainMessage)
    expect(new Set(link).size).toBe(link.length)
    expect(new Set(domains).size).toBe(domains.length)
  })

  test('the same code always gives the same message', () => {
    for (const c of LINK_CASES) {
      const result = checkPortalLink(
        c.input,
        'context' in c ? (c.context as PortalLinkContext) : CLINIC,
      )
      if (!result.ok) expect(result.message).toBe(linkMessage(result.problem))
    }
    for (const c of DOMAIN_CASES) {
      const result = checkVendorDomain(c.input, 'context' in c ? (c.context as SiteContext) : SITE)
      if (!result.ok) expect(result.message).toBe(domainMessage(result.problem))
    }
  })
})

describe('a refusal names the field it was typed in', () => {
  const context: PortalLinkContext = {
    siteHosts: ['maplegrove.example'],
    vendorDomains: ['mychart.example'],
  }
  const fields: PortalAddressName[] = [
    'sign-in address',
    'sign-up address',
    'family-access request address',
    'help page address',
    'password reset address',
    'bill-pay address',
  ]
  it.each(fields)('%s: "Paste the %s…", never another field', (field) => {
    for (const href of ['', 'https://maplegrove.example/portal', 'https://elsewhere.example/x']) {
      const result = checkPortalLink(href, context, field)
      if (result.ok) throw new Error(`${href} was accepted`)
      expect(result.message).toContain(`Paste the ${field} your portal vendor gave you`)
      for (const other of fields.filter((f) => f !== field)) {
        expect(result.message).not.toContain(other)
      }
    }
  })

  it('speaks of the sign-in address when no field is named', () => {
    const result = checkPortalLink('https://maplegrove.example/portal', context)
    expect(result).toMatchObject({ ok: false, problem: 'site-host' })
    expect(result.ok ? '' : result.message).toContain('Paste the sign-in address')
  })
})
