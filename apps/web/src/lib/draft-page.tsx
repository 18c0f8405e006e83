import 'server-only'
import { redirect } from 'next/navigation'
import { hasDraftSession } from './draft-cookies'
import { exitPreviewHref } from './draft-rewrites'
import { getSiteOrProblems, type SiteResult } from './site'

/**
 * The site for a Draft Mode twin of the page at `publicPath`. Without a live Draft Mode session
 * (an expired session, a secret rotated or unset since, a stale or forged cookie, or someone
 * opening `/preview/…` directly) it sends the visitor through the exit route, which clears the
 * cookies, back to the published page.
 */
export async function draftSite(publicPath: string): Promise<SiteResult & { draft: true }> {
  if (!(await hasDraftSession())) {
    redirect(exitPreviewHref(publicPath))
  }
  return (await getSiteOrProblems()) as SiteResult & { draft: true }
}
