import type { PageConfig } from 'next'
import { PortalPageBody } from '@/components/portal/PortalPageBody'
import { PublishedPage } from '@/components/PublishedPage'
import { pageMeta } from '@/lib/page-meta'
import { publishedPageProps, type PublishedPageProps } from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = publishedPageProps

export default function PortalPage({ content, now, siteUrl }: PublishedPageProps) {
  return (
    <PublishedPage
      meta={pageMeta({ page: 'portal' }, content, false)}
      content={content}
      siteUrl={siteUrl}
    >
      <PortalPageBody content={content} now={new Date(now)} />
    </PublishedPage>
  )
}
