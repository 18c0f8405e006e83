import type { Location, SiteContent } from '@doorway/content/site'
import { pageMeta } from '@/lib/page-meta'
import { LocationPageBody } from './LocationPageBody'
import { PublishedPage } from './PublishedPage'

/**
 * A location's published page: drawn by `pages/locations/[slug].tsx` for the build's locations,
 * and by `pages/[...path].tsx` for one published after the build.
 */
export function PublishedLocationPage({
  content,
  location,
  now,
  siteUrl,
}: {
  content: SiteContent
  location: Location
  /** The render time (ISO), as `getStaticProps` passed it. */
  now: string
  siteUrl: string
}) {
  return (
    <PublishedPage
      meta={pageMeta({ page: 'location', slug: location.slug }, content, false)}
      content={content}
      siteUrl={siteUrl}
    >
      <LocationPageBody
        content={content}
        location={location}
        now={new Date(now)}
        siteUrl={siteUrl}
      />
    </PublishedPage>
  )
}
