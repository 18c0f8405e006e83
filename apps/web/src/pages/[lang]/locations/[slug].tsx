import type { PageConfig } from 'next'
import { PUBLISHED_PAGES } from '@/components/PublishedPages'
import { languagePaths, locationParams, publishedProps } from '@/lib/published-content'

// The location pages in each other live language (/es/locations/…); see pages/locations/[slug].tsx.
export const config: PageConfig = { unstable_runtimeJS: false }

export const getStaticPaths = languagePaths(locationParams)

export const getStaticProps = publishedProps(({ slug }) => ({
  page: 'location',
  slug: String(slug),
}))

export default PUBLISHED_PAGES.location
