/**
 * The security headers every response carries. Kept apart from next.config.ts so the e2e tests
 * check the browser against the very same values.
 *
 * Why `'unsafe-inline'` in script-src: the App Router streams each page's React payload as small
 * inline `<script>self.__next_f.push(…)</script>` tags. Static pages cannot carry a per-request
 * nonce (that would make every page dynamic), and their hashes change with the content, so an
 * inline allowance is the only way to keep them static. What keeps this safe here: React escapes
 * every content string, nothing on the site takes input, and the policy still allows no
 * third-party origin for anything — scripts, styles, fonts, images, fetches, frames or forms.
 */
export function contentSecurityPolicy({ dev }: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's dev build evaluates code for its error overlay; production never gets 'unsafe-eval'.
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'manifest-src': ["'self'"],
    'media-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
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

/** Every header, as next.config.ts `headers()` wants them. */
export function securityHeaders({ dev }: { dev: boolean }): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Two years, the value the HSTS preload list asks for. Browsers ignore it over plain http (localhost).
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}
