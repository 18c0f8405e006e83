import 'server-only'
import { cookies, draftMode } from 'next/headers'
import {
  DRAFT_SESSION_COOKIE,
  draftCookieOptions,
  draftSessionIsValid,
  draftSessionKey,
  signDraftSession,
} from './draft-session'
import { webEnv } from './env'
import { DRAFT_MODE_COOKIE } from './security-headers'

/** True when this request is in Draft Mode with a session signed with the current secret. */
export async function hasDraftSession(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false
  const session = (await cookies()).get(DRAFT_SESSION_COOKIE)?.value
  return draftSessionIsValid(session, draftSessionKey(webEnv()))
}

/**
 * Called once Draft Mode is enabled: both cookies (Next's and the session) last an hour, and are
 * `SameSite=None` only where the Studio frames the site (`draftCookieOptions`).
 */
export async function startDraftSession(request: Request): Promise<void> {
  const env = webEnv()
  const key = draftSessionKey(env)
  if (key === null) return
  const store = await cookies()
  const options = draftCookieOptions(env, request.headers)
  const bypass = store.get(DRAFT_MODE_COOKIE)?.value
  if (bypass !== undefined) store.set(DRAFT_MODE_COOKIE, bypass, options)
  store.set(DRAFT_SESSION_COOKIE, signDraftSession(key), options)
}

/** Turns Draft Mode off and clears the session. */
export async function endDraftSession(): Promise<void> {
  ;(await draftMode()).disable()
  const store = await cookies()
  store.delete(DRAFT_SESSION_COOKIE)
}
