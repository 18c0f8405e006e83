import type { PageConfig } from 'next'
import { PUBLISHED_PAGES } from '@/components/PublishedPages'
import { publishedProps } from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticProps = publishedProps({ page: 'portal' })

export default PUBLISHED_PAGES.portal
