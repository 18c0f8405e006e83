import type { Location } from '@doorway/content/site'
import type { GetStaticPaths, GetStaticProps, PageConfig } from 'next'
import { PublishedLocationPage } from '@/components/PublishedLocationPage'
import {
  publishedPageProps,
  readPublishedSite,
  REVALIDATE_SECONDS,
  type PublishedPageProps,
} from '@/lib/published-content'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

type LocationPageProps = PublishedPageProps & { location: Location }

// Locations known at build time are prerendered (and re-rendered by the webhook). Any other slug
// goes on to pages/[...path].tsx: a location published after the build, or the 404 page.
export const getStaticPaths: GetStaticPaths<{ slug: string }> = async () => {
  const { locations } = await readPublishedSite()
  return { paths: locations.map(({ slug }) => ({ params: { slug } })), fallback: false }
}

export const getStaticProps: GetStaticProps<LocationPageProps, { slug: string }> = async ({
  params,
}) => {
  const { props, revalidate } = await publishedPageProps()
  const location = props.content.locations.find((l) => l.slug === params?.slug)
  // Deleted since the build: Next.js draws its App Router not-found page (see the README).
  if (location === undefined) return { notFound: true, revalidate: REVALIDATE_SECONDS }
  // Only this location goes into the page's props: Next.js writes each page's props to its own
  // data file, so every location would make the build grow with the square of their number.
  const content = { ...props.content, locations: [location] }
  return { props: { ...props, content, location }, revalidate }
}

export default PublishedLocationPage
