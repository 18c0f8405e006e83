import { createHmac, timingSafeEqual } from 'node:crypto'
import type { WebEnv } from './env-schema'

/**
 * A Draft Mode session: Next.js's own Draft Mode cookie is the same for every user of a build and
 * never expires by itself, so a second cookie holds an expiry signed with the current secret. A
 * Draft Mode request counts only with a valid, unexpired session; rotating or unsetting the
 * secret ends every session at once.
 */

/** The session cookie's name. */
export const DRAFT_SESSION_COOKIE = 'doorway_draft_session'

/** How long a preview session lasts. */
export const DRAFT_SESSION_SECONDS = 3600

/**
 * The key sessions are signed with: `DRAFT_MODE_SECRET`, or in Sanity mode without it the read
 * token that preview needs (rotating either ends every session). Null: preview is off.
 */
export function draftSessionKey(env: Pick<WebEnv, 'draftModeSecret' | 'content'>): string | null {
  if (env.draftModeSecret !== null) return env.draftModeSecret
  return env.content.mode === 'sanity' ? (env.content.token ?? null) : null
}

const mac = (key: string, expiresAt: number) =>
  createHmac('sha256', key).update(`doorway-draft-session:${expiresAt}`).digest('base64url')

/** A session value that lasts until `now + DRAFT_SESSION_SECONDS`. */
export function signDraftSession(key: string, now: number = Date.now()): string {
  const expiresAt = now + DRAFT_SESSION_SECONDS * 1000
  return `${expiresAt}.${mac(key, expiresAt)}`
}

/** True only for a value signed with `key` whose expiry has not passed; compared in constant time. */
export function draftSessionIsValid(
  value: string | undefined,
  key: string | null,
  now: number = Date.now(),
): boolean {
  if (key === null || value === undefined) return false
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(value)
  if (match === null) return false
  const expiresAt = Number(match[1])
  if (!(expiresAt > now) || expiresAt > now + DRAFT_SESSION_SECONDS * 1000) return false
  const given = Buffer.from(match[2] ?? '')
  const expected = Buffer.from(mac(key, expiresAt))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** How both Draft Mode cookies are set. */
export interface DraftCookieOptions {
  httpOnly: true
  path: '/'
  maxAge: number
  sameSite: 'none' | 'lax'
  secure: boolean
  partitioned?: boolean
}

/**
 * `SameSite=None; Secure` only where the Studio must frame the site (`SANITY_STUDIO_URL` set), and
 * then partitioned (CHIPS) when the request comes from a cross-site frame, as next-sanity does so
 * Safari keeps it; `Lax` otherwise. `Secure` except under `next dev`.
 */
export function draftCookieOptions(
  env: Pick<WebEnv, 'studioOrigin' | 'development'>,
  headers: Headers,
): DraftCookieOptions {
  const base = { httpOnly: true as const, path: '/' as const, maxAge: DRAFT_SESSION_SECONDS }
  if (env.studioOrigin === null) return { ...base, sameSite: 'lax', secure: !env.development }
  const framed =
    headers.get('sec-fetch-dest') === 'iframe' && headers.get('sec-fetch-site') === 'cross-site'
  return { ...base, sameSite: 'none', secure: true, ...(framed ? { partitioned: true } : {}) }
}
