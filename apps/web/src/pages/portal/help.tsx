import type { PageConfig } from 'next'
import { PortalHelpBody } from '@/components/portal/PortalHelpBody'
import { publishedPage } from '@/components/PublishedPage'
import { publishedPageProps } from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = publishedPageProps

export default publishedPage({ page: 'portal-help' }, PortalHelpBody)
