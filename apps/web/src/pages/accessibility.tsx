import type { PageConfig } from 'next'
import { AccessibilityBody } from '@/components/AccessibilityBody'
import { PublishedPage } from '@/components/PublishedPage'
import { pageMeta } from '@/lib/page-meta'
import { publishedPageProps, type PublishedPageProps } from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = publishedPageProps

export default function AccessibilityPage({ content, siteUrl }: PublishedPageProps) {
  return (
    <PublishedPage
      meta={pageMeta({ page: 'accessibility' }, content, false)}
      content={content}
      siteUrl={siteUrl}
    >
      <AccessibilityBody content={content} />
    </PublishedPage>
  )
}
