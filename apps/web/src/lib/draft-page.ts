import 'server-only'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { exitPreviewHref } from './draft-rewrites'
import { getSiteOrProblems, type SiteResult } from './site'

/**
 * The site for a Draft Mode twin of the page at `publicPath`. Without Draft Mode (a stale or
 * forged cookie, or someone opening `/preview/…` directly) it sends the visitor through the exit
 * route, which clears the cookie, back to the published page.
 */
export async function draftSite(publicPath: string): Promise<SiteResult & { draft: true }> {
  if (!(await draftMode()).isEnabled) {
    redirect(exitPreviewHref(publicPath))
  }
  return (await getSiteOrProblems()) as SiteResult & { draft: true }
}
