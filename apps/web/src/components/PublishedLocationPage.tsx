import type { Location } from '@doorway/content/site'
import { LocationPageBody } from './LocationPageBody'
import { publishedPage } from './PublishedPage'

/**
 * A location's published page: drawn by `pages/locations/[slug].tsx` for the build's locations,
 * and by `pages/[...path].tsx` for one published after the build.
 */
export const PublishedLocationPage = publishedPage<{ location: Location }>(
  ({ location }) => ({ page: 'location', slug: location.slug }),
  LocationPageBody,
)
