import 'server-only'
import type { SiteContent } from '@doorway/content/site'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import type { ComponentType } from 'react'
import { hasDraftSession } from './draft-cookies'
import { exitPreviewHref } from './draft-rewrites'
import { webEnv } from './env'
import { pageMeta, pagePath, toMetadata, type PageBodyProps, type PageRoute } from './page-meta'
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

/**
 * A Draft Mode twin (`app/preview/…/page.tsx`) of the published page `keyOf` names for the
 * route's params, written once: its `generateMetadata` and its page, both read from the drafts.
 * `extra` gives what `Body` needs beyond `PageBodyProps` (null: 404). Drafts with problems render
 * nothing here: the layout shows the problems instead.
 */
export function draftTwin<Extra extends object = object, Params extends object = object>(
  keyOf: (params: Params) => PageRoute,
  Body: ComponentType<PageBodyProps & Extra>,
  extra?: (content: SiteContent, params: Params) => Extra | null | Promise<Extra | null>,
) {
  interface TwinProps {
    params: Promise<Params>
  }
  async function generateMetadata({ params }: TwinProps): Promise<Metadata> {
    const key = keyOf(await params)
    const site = await draftSite(pagePath(key))
    return toMetadata(pageMeta(key, site.ok ? site.content : null, true), webEnv().siteUrl)
  }
  async function Page({ params }: TwinProps) {
    const routeParams = await params
    const site = await draftSite(pagePath(keyOf(routeParams)))
    if (!site.ok) return null
    // Without `extra`, `Extra` is the empty default.
    const more = extra ? await extra(site.content, routeParams) : ({} as Extra)
    if (more === null) notFound()
    return <Body {...more} content={site.content} now={new Date()} siteUrl={webEnv().siteUrl} />
  }
  return { generateMetadata, Page }
}
