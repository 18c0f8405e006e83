import type { GetServerSideProps, PageConfig } from 'next'
import { NotFoundBody } from '@/components/NotFoundBody'
import { publishedPageOf } from '@/components/PublishedPages'
import { PublishedPage } from '@/components/PublishedPage'
import { languageAtPrefix } from '@/lib/editions'
import { pageAt, pageMeta, type PageRoute } from '@/lib/page-meta'
import {
  editionProps,
  pagePropsFor,
  readPublishedSite,
  type PublishedPageProps,
} from '@/lib/published-content'

// No client JavaScript, like every published page.
export const config: PageConfig = { unstable_runtimeJS: false }

/** The page found at the address (with its props), or null: the 404. */
type MissingPageProps = PublishedPageProps & { shown: PageRoute['page'] | null }

/**
 * Every address no other page answers: the 404 page, rendered here with status 404 because with
 * an App Router in the project Next.js would otherwise draw its own not-found page, with its
 * JavaScript (so the `[lang]` pages' `getStaticPaths` use `fallback: false` and leave every other
 * address to this page). It also serves, read afresh on each request until the next build
 * prerenders it, a page published after the build: a new location's (`/locations/<slug>`,
 * `/es/locations/<slug>`) and every page of a language made live since (`/es/portal`). An
 * unknown or not-live language (`/vi`) is a 404; under a live prefix the 404 is in its language.
 */
export const getServerSideProps: GetServerSideProps<MissingPageProps> = async ({ params, res }) => {
  const site = await readPublishedSite()
  const segments = Array.isArray(params?.path) ? params.path : []
  const found = pageAt(`/${segments.join('/')}`, site.languages)
  const props = found === null ? null : await pagePropsFor(found.key, site, found.lang)
  // Fresh for a minute at most in a shared cache: a 404 must not outlive a publish for long.
  res.setHeader('cache-control', 'public, max-age=0, s-maxage=60')
  if (found !== null && props !== null) return { props: { ...props, shown: found.key.page } }
  res.statusCode = 404
  const lang = languageAtPrefix(site, segments[0] ?? '') ?? site.language
  return { props: { ...editionProps(site, lang), shown: null } }
}

export default function MissingPage({ shown, ...props }: MissingPageProps) {
  if (shown !== null) {
    const Page = publishedPageOf(shown)
    return <Page {...props} />
  }
  return (
    <PublishedPage
      meta={pageMeta({ page: 'not-found' }, props.content, false)}
      content={props.content}
      siteUrl={props.siteUrl}
    >
      <NotFoundBody language={props.content.language} />
    </PublishedPage>
  )
}
