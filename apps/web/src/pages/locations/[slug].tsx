import type { PageConfig } from 'next'
import { PUBLISHED_PAGES } from '@/components/PublishedPages'
import { locationParams, publishedProps, readPublishedSite } from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

// Locations known at build time are prerendered (and re-rendered by the webhook). Any other slug
// goes on to pages/[...path].tsx: a location published after the build, or the 404 page.
export async function getStaticPaths() {
  const params = locationParams(await readPublishedSite())
  return { paths: params.map((p) => ({ params: p })), fallback: false as const }
}

// Deleted since the build: Next.js draws its App Router not-found page (see the README).
export const getStaticProps = publishedProps(({ slug }) => ({
  page: 'location',
  slug: String(slug),
}))

export default PUBLISHED_PAGES.location
