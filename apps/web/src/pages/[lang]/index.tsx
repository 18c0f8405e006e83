import type { PageConfig } from 'next'
import { PUBLISHED_PAGES } from '@/components/PublishedPages'
import { languagePaths, publishedProps } from '@/lib/published-content'

// The page in each other live language (/es…): the English page's twin (see apps/web/README.md).
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticPaths = languagePaths()

export const getStaticProps = publishedProps({ page: 'home' })

export default PUBLISHED_PAGES.home
