import type { ReactNode } from 'react'
import type { PageMeta } from '@/lib/page-meta'
import type { PublishedPageProps } from '@/lib/published-content'
import { PageHead } from './PageHead'
import { SiteChrome } from './SiteChrome'

/** A published (Pages Router, zero-JavaScript) page: its head and the site chrome around `children`. */
export function PublishedPage({
  meta,
  content,
  siteUrl,
  children,
}: Pick<PublishedPageProps, 'content' | 'siteUrl'> & { meta: PageMeta; children: ReactNode }) {
  return (
    <>
      <PageHead meta={meta} siteUrl={siteUrl} brand={content.brand} />
      <SiteChrome content={content}>{children}</SiteChrome>
    </>
  )
}
