/**
 * The open-redirect guard for the Draft Mode routes. A `redirect` parameter is only ever used as
 * a path on this site; anything that a browser could read as another origin goes to `/`.
 *
 * The rule is deliberately narrow rather than clever: we accept a plain absolute path made of
 * printable ASCII, then let the WHATWG URL parser (the browser's own) confirm it stays on our
 * origin, and return the re-serialised path, never the raw input.
 */

/** Where a rejected or missing redirect goes. */
export const SAFE_REDIRECT_FALLBACK = '/'

// A throwaway origin to resolve against: if the parsed URL keeps it, the path is same-site.
const PROBE_ORIGIN = 'https://doorway.invalid'

// Printable ASCII without space and backslash. Browsers strip tabs/newlines and treat `\` as `/`
// (so `/\evil.example` is `//evil.example`); refusing them outright closes both tricks.
const PLAIN_PATH = /^\/[\x21-\x5b\x5d-\x7e]*$/

/**
 * Returns `target` as a same-site path (`/portal?x=1#y`) when it is safe to redirect to, else `/`.
 */
export function safeRedirectPath(target: unknown): string {
  if (typeof target !== 'string' || target.length === 0 || target.length > 2048) {
    return SAFE_REDIRECT_FALLBACK
  }
  if (!PLAIN_PATH.test(target)) return SAFE_REDIRECT_FALLBACK
  // `//host` is protocol-relative: another origin.
  if (target.startsWith('//')) return SAFE_REDIRECT_FALLBACK
  // Percent-encoded slashes and backslashes can be decoded by a proxy or a second redirect hop
  // into `//host` or `/\host` (`%25` is an encoded `%`, for double encoding); a real page path
  // here never needs them.
  if (/%(2f|5c|25)/i.test(target)) return SAFE_REDIRECT_FALLBACK
  // Any percent-encoded control character (%00-%1F, %7F) has no business in a path we send to.
  if (/%([01][0-9a-f]|7f)/i.test(target)) return SAFE_REDIRECT_FALLBACK

  let parsed: URL
  try {
    parsed = new URL(target, PROBE_ORIGIN)
  } catch {
    return SAFE_REDIRECT_FALLBACK
  }
  if (parsed.origin !== PROBE_ORIGIN) return SAFE_REDIRECT_FALLBACK
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`
  // After normalisation (`/./`, `/../`) the path must still be a single-slash path.
  if (!path.startsWith('/') || path.startsWith('//')) return SAFE_REDIRECT_FALLBACK
  return path
}
