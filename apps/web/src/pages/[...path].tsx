import type { Location } from '@doorway/content/site'
import type { GetServerSideProps, PageConfig } from 'next'
import { NotFoundBody } from '@/components/NotFoundBody'
import { PublishedLocationPage } from '@/components/PublishedLocationPage'
import { PublishedPage } from '@/components/PublishedPage'
import { pageMeta } from '@/lib/page-meta'
import { publishedPageProps, type PublishedPageProps } from '@/lib/published-content'

// No client JavaScript, like every published page.
export const config: PageConfig = { unstable_runtimeJS: false }

type MissingPageProps = PublishedPageProps & { location: Location | null }

/**
 * Every address no other page answers: the 404 page, rendered here with status 404 because with
 * an App Router in the project Next.js would otherwise draw its own not-found page, with its
 * JavaScript. It also serves a location published after the build (`pages/locations/[slug].tsx`
 * prerenders only the build's; its `fallback: false` hands every other slug to this page), read
 * afresh on each request until the next build prerenders it.
 */
export const getServerSideProps: GetServerSideProps<MissingPageProps> = async ({ params, res }) => {
  const { props } = await publishedPageProps()
  const segments = Array.isArray(params?.path) ? params.path : []
  const location =
    segments.length === 2 && segments[0] === 'locations'
      ? (props.content.locations.find((l) => l.slug === segments[1]) ?? null)
      : null
  if (location === null) res.statusCode = 404
  // Fresh for a minute at most in a shared cache: a 404 must not outlive a publish for long.
  res.setHeader('cache-control', 'public, max-age=0, s-maxage=60')
  return { props: { ...props, location } }
}

export default function MissingPage({ content, location, now, siteUrl }: MissingPageProps) {
  if (location !== null) {
    return (
      <PublishedLocationPage content={content} location={location} now={now} siteUrl={siteUrl} />
    )
  }
  return (
    <PublishedPage
      meta={pageMeta({ page: 'not-found' }, content, false)}
      content={content}
      siteUrl={siteUrl}
    >
      <NotFoundBody />
    </PublishedPage>
  )
}
