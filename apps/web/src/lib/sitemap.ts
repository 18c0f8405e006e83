import type { SiteContent } from '@doorway/content/site'
import type { MetadataRoute } from 'next'
import { FIXED_PAGES, hreflangLinks, pageAlternates, type PageRoute } from './page-meta'

/**
 * How often each page changes and how it ranks against the others, for the sitemap. The printed
 * sign-up sheet is not listed: it repeats the portal page and is `noindex`.
 */
const LISTED: Partial<
  Record<PageRoute['page'], { changeFrequency: 'monthly' | 'yearly'; priority: number }>
> = {
  home: { changeFrequency: 'monthly', priority: 1 },
  portal: { changeFrequency: 'monthly', priority: 0.9 },
  'portal-help': { changeFrequency: 'monthly', priority: 0.8 },
  location: { changeFrequency: 'monthly', priority: 0.7 },
  'language-assistance': { changeFrequency: 'yearly', priority: 0.5 },
  accessibility: { changeFrequency: 'yearly', priority: 0.3 },
}

/**
 * The sitemap of `content` (the main edition) at `siteUrl`: every listed page in every live
 * language, each with the page in every language (`hreflang`, with `x-default`), as search
 * engines ask of a site in several languages.
 */
export function sitemapEntries(content: SiteContent, siteUrl: string): MetadataRoute.Sitemap {
  const keys: PageRoute[] = [
    ...FIXED_PAGES,
    ...content.locations.map(({ slug }) => ({ page: 'location' as const, slug })),
  ]
  return keys.flatMap((key) => {
    const listed = LISTED[key.page]
    if (listed === undefined) return []
    const alternates = pageAlternates(key, content.languages)
    const links = hreflangLinks(alternates)
    return alternates.map(({ path }) => ({
      url: `${siteUrl}${path}`,
      ...listed,
      ...(links.length === 0
        ? {}
        : {
            alternates: {
              languages: Object.fromEntries(
                links.map(({ hreflang, path: p }) => [hreflang, `${siteUrl}${p}`]),
              ),
            },
          }),
    }))
  })
}
