/**
 * The security headers every response carries. Kept apart from next.config.ts so the e2e tests
 * check the browser against the very same values.
 *
 * Published pages run no script at all (Pages Router, `unstable_runtimeJS: false`), so their
 * policy is `script-src 'none'`: a page that structurally cannot run a tracker or an injected
 * script. Only Draft Mode responses (the App Router twins, for the Studio's Presentation tool)
 * allow `'self' 'unsafe-inline'`: the App Router streams each page's React payload as small inline
 * `<script>self.__next_f.push(…)</script>` tags, which a static page cannot give a nonce. Neither
 * policy allows any third-party origin for anything, except, in Sanity mode, images (the logo)
 * from Sanity's image CDN.
 */
export function contentSecurityPolicy({
  dev,
  scripts = false,
  frameAncestors = null,
  imageOrigin = null,
}: {
  dev: boolean
  /** Draft Mode: the App Router's own scripts may run. `next dev` always gets them. */
  scripts?: boolean
  /** The one origin allowed to frame the page (the Studio, in Draft Mode); none by default. */
  frameAncestors?: string | null
  /** The one other origin images may come from: Sanity's image CDN (the logo), in Sanity mode only. */
  imageOrigin?: string | null
}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's dev build evaluates code for its error overlay; production never gets 'unsafe-eval'.
    'script-src':
      scripts || dev
        ? ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])]
        : ["'none'"],
    'style-src': ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", 'data:', ...(imageOrigin === null ? [] : [imageOrigin])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'manifest-src': ["'self'"],
    'media-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': [frameAncestors ?? "'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** Browser features the site never uses, all switched off. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

type Header = { key: string; value: string }
type Condition = { type: 'cookie'; key: string }
type HeaderRule = { source: string; headers: Header[]; has?: Condition[]; missing?: Condition[] }

/** The cookie Next.js sets while Draft Mode is on. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** Every header except the framing ones, with the published pages' CSP (see `securityHeaderRules`). */
export function securityHeaders({
  dev,
  imageOrigin = null,
}: {
  dev: boolean
  imageOrigin?: string | null
}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev, imageOrigin }) },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Two years, on every subdomain (no `preload`: joining that list is the clinic's own decision).
    // Browsers ignore it over plain http (localhost).
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}

/**
 * The rules for next.config.ts `headers()`, on every path. A request in Draft Mode gets the CSP
 * that lets the App Router's scripts run; every other response `script-src 'none'`. Framing is
 * refused everywhere, except that with `studioOrigin` set, a request in Draft Mode may be framed
 * by that Studio (its Presentation tool shows the site in a frame). Later rules override earlier
 * ones.
 */
export function securityHeaderRules({
  dev,
  studioOrigin,
  imageOrigin = null,
}: {
  dev: boolean
  studioOrigin: string | null
  /** Sanity's image CDN in Sanity mode (the logo); null in local mode, where images are the site's own. */
  imageOrigin?: string | null
}): HeaderRule[] {
  const source = '/:path*'
  const deny: Header = { key: 'X-Frame-Options', value: 'DENY' }
  const draft: Condition[] = [{ type: 'cookie', key: DRAFT_MODE_COOKIE }]
  const draftCsp: Header = {
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy({ dev, scripts: true, frameAncestors: studioOrigin, imageOrigin }),
  }
  if (studioOrigin === null) {
    return [
      { source, headers: [...securityHeaders({ dev, imageOrigin }), deny] },
      { source, has: draft, headers: [draftCsp] },
    ]
  }
  return [
    { source, headers: securityHeaders({ dev, imageOrigin }) },
    { source, missing: draft, headers: [deny] },
    { source, has: draft, headers: [draftCsp] },
  ]
}
