import 'server-only'
import type { SiteContent } from '@doorway/content/site'
import { DEFAULT_LANGUAGE } from '@doorway/languages'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import type { ComponentType } from 'react'
import { hasDraftSession } from './draft-cookies'
import { exitPreviewHref } from './draft-rewrites'
import { editionOf, languageAtPrefix } from './editions'
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
 * The edition a Draft Mode twin shows for its `[lang]` segment (`en` for the English pages, else
 * the language's address prefix, as the rewrites pass it), or null: not a live language (404).
 */
export function draftEdition(content: SiteContent, prefix: string): SiteContent | null {
  const lang = prefix === DEFAULT_LANGUAGE ? content.language : languageAtPrefix(content, prefix)
  return lang === null ? null : editionOf(content, lang)
}

/**
 * A Draft Mode twin (`app/preview/[lang]/…/page.tsx`) of the published page `keyOf` names for the
 * route's params, in the language of its `[lang]` segment, written once for every language: its
 * `generateMetadata` and its page, both read from the drafts.
 * `extra` gives what `Body` needs beyond `PageBodyProps` (null: 404). Drafts with problems render
 * nothing here: the layout shows the problems instead.
 */
export function draftTwin<Extra extends object = object, Params extends object = object>(
  keyOf: (params: Params) => PageRoute,
  Body: ComponentType<PageBodyProps & Extra>,
  extra?: (content: SiteContent, params: Params) => Extra | null | Promise<Extra | null>,
) {
  interface TwinProps {
    params: Promise<Params & { lang: string }>
  }
  async function generateMetadata({ params }: TwinProps): Promise<Metadata> {
    const routeParams = await params
    const key = keyOf(routeParams)
    // The segment is `en` or a language's prefix: what pagePath writes for it either way.
    const site = await draftSite(pagePath(key, routeParams.lang))
    const content = site.ok ? draftEdition(site.content, routeParams.lang) : null
    return toMetadata(pageMeta(key, content, true), webEnv().siteUrl)
  }
  async function Page({ params }: TwinProps) {
    const routeParams = await params
    const site = await draftSite(pagePath(keyOf(routeParams), routeParams.lang))
    if (!site.ok) return null
    const content = draftEdition(site.content, routeParams.lang)
    if (content === null) notFound()
    // Without `extra`, `Extra` is the empty default.
    const more = extra ? await extra(content, routeParams) : ({} as Extra)
    if (more === null) notFound()
    return <Body {...more} content={content} now={new Date()} siteUrl={webEnv().siteUrl} />
  }
  return { generateMetadata, Page }
}
