import { bilingualFixture, siteFixture } from '@/test/fixture'
import { sitemapEntries } from './sitemap'

const SITE = 'https://www.maplegrove.example'

describe('sitemapEntries', () => {
  it('lists every indexable page of an English-only site once, with no alternates', () => {
    const entries = sitemapEntries(siteFixture(), SITE)
    const slugs = siteFixture().locations.map((l) => `${SITE}/locations/${l.slug}`)
    expect(entries.map((e) => e.url)).toEqual([
      `${SITE}/`,
      `${SITE}/portal`,
      `${SITE}/portal/help`,
      `${SITE}/language-assistance`,
      `${SITE}/accessibility`,
      ...slugs,
    ])
    for (const entry of entries) expect(entry.alternates).toBeUndefined()
  })

  it('lists every page in every live language, each with all of them and x-default', () => {
    const entries = sitemapEntries(bilingualFixture(), SITE)
    const english = sitemapEntries(siteFixture(), SITE)
    expect(entries).toHaveLength(english.length * 2)
    // The printed sheet repeats the portal page: in no language.
    expect(entries.some((e) => e.url.endsWith('/portal/handout'))).toBe(false)
    const portal = entries.filter((e) => /\/(es\/)?portal$/.test(e.url))
    expect(portal.map((e) => e.url)).toEqual([`${SITE}/portal`, `${SITE}/es/portal`])
    for (const entry of portal) {
      expect(entry.alternates?.languages).toEqual({
        en: `${SITE}/portal`,
        es: `${SITE}/es/portal`,
        'x-default': `${SITE}/portal`,
      })
    }
    // Each URL is among its own alternates (reciprocal), and keeps its page's priority.
    for (const entry of entries) {
      expect(Object.values(entry.alternates?.languages ?? {})).toContain(entry.url)
    }
    const home = entries.filter((e) => e.url === `${SITE}/` || e.url === `${SITE}/es`)
    expect(home.map((e) => e.priority)).toEqual([1, 1])
  })
})
