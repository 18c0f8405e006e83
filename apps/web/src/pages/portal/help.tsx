import type { PageConfig } from 'next'
import { PortalHelpBody } from '@/components/portal/PortalHelpBody'
import { PublishedPage } from '@/components/PublishedPage'
import { pageMeta } from '@/lib/page-meta'
import { publishedPageProps, type PublishedPageProps } from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = publishedPageProps

export default function PortalHelpPage({ content, siteUrl }: PublishedPageProps) {
  return (
    <PublishedPage
      meta={pageMeta({ page: 'portal-help' }, content, false)}
      content={content}
      siteUrl={siteUrl}
    >
      <PortalHelpBody content={content} />
    </PublishedPage>
  )
}
