import type { ComponentType, ReactNode } from 'react'
import { pageMeta, type PageBodyProps, type PageKey, type PageMeta } from '@/lib/page-meta'
import type { PublishedPageProps } from '@/lib/published-content'
import { PageHead } from './PageHead'
import { SiteChrome } from './SiteChrome'

/** A published (Pages Router, zero-JavaScript) page in its edition's language: its head and the site chrome around `children`. */
export function PublishedPage({
  meta,
  content,
  siteUrl,
  children,
}: Pick<PublishedPageProps, 'content' | 'siteUrl'> & { meta: PageMeta; children: ReactNode }) {
  return (
    <>
      <PageHead meta={meta} siteUrl={siteUrl} brand={content.brand} />
      <SiteChrome content={content} alternates={meta.alternates}>
        {children}
      </SiteChrome>
    </>
  )
}

/**
 * A published page's component, written once for every `pages/` file: `Body` in the site chrome,
 * under the head of the page `keyOf` names, given the page's props (`now` as a Date). `Extra` is
 * what the page's `getStaticProps` adds to `PublishedPageProps`.
 */
export function publishedPage<Extra extends object = object>(
  keyOf: PageKey | ((props: PublishedPageProps & Extra) => PageKey),
  Body: ComponentType<PageBodyProps & Extra>,
) {
  return function Page(props: PublishedPageProps & Extra) {
    const key = typeof keyOf === 'function' ? keyOf(props) : keyOf
    return (
      <PublishedPage
        meta={pageMeta(key, props.content, false)}
        content={props.content}
        siteUrl={props.siteUrl}
      >
        <Body {...props} now={new Date(props.now)} />
      </PublishedPage>
    )
  }
}
