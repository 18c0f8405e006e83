import { bilingualFixture, siteFixture, spanishSiteFixture } from '@/test/fixture'
import { editionOf } from './editions'
import {
  FIXED_PAGES,
  HANDOUT_PATH,
  hreflangLinks,
  pageAlternates,
  pageAt,
  pageMeta,
  pagePath,
  toMetadata,
  type PageRoute,
} from './page-meta'

describe('pageMeta', () => {
  it('keeps the printed sign-up sheet out of search results, published or draft', () => {
    for (const draft of [false, true]) {
      expect(pageMeta({ page: 'handout' }, siteFixture(), draft)).toEqual({
        title: 'How to sign up for Maple Grove MyChart: sheet to print | Maple Grove Pediatrics',
        description:
          'A one-page sheet for the front desk to print: how to sign up for Maple Grove MyChart, with a QR code.',
        canonical: HANDOUT_PATH,
        noindex: true,
        alternates: [{ lang: 'en', path: HANDOUT_PATH }],
      })
    }
  })

  it('lets search engines index the portal page it repeats', () => {
    expect(pageMeta({ page: 'portal' }, siteFixture(), false).noindex).toBe(false)
  })
})

describe('pageMeta in Spanish', () => {
  it.each([
    [{ page: 'home' } as const, 'Maple Grove Pediatrics'],
    [
      { page: 'portal' } as const,
      'Maple Grove MyChart, nuestro portal del paciente | Maple Grove Pediatrics',
    ],
    [{ page: 'portal-help' } as const, 'Preguntas sobre el portal | Maple Grove Pediatrics'],
    [{ page: 'accessibility' } as const, 'Accesibilidad | Maple Grove Pediatrics'],
    [{ page: 'not-found' } as const, 'Página no encontrada | Maple Grove Pediatrics'],
  ])('%j: %s', (key, title) => {
    expect(pageMeta(key, spanishSiteFixture(), false).title).toBe(title)
  })

  it('writes the descriptions in Spanish', () => {
    expect(pageMeta({ page: 'language-assistance' }, spanishSiteFixture(), false).description).toBe(
      'Maple Grove Pediatrics ofrece ayuda gratis con el idioma y trata a todos por igual. Ayuda gratis en 3 idiomas.',
    )
  })
})

describe('pagePath', () => {
  const EVERY_PAGE: PageRoute[] = [...FIXED_PAGES, { page: 'location', slug: 'downtown' }]

  it('keeps the English addresses at the root', () => {
    expect(EVERY_PAGE.map((key) => pagePath(key))).toEqual([
      '/',
      '/portal',
      '/portal/help',
      '/portal/handout',
      '/language-assistance',
      '/accessibility',
      '/locations/downtown',
    ])
    expect(EVERY_PAGE.map((key) => pagePath(key, 'en'))).toEqual(
      EVERY_PAGE.map((key) => pagePath(key)),
    )
  })

  it.each([
    ['es', '/es'],
    ['zh-Hant', '/zh-hant'],
    ['ar', '/ar'],
  ])('puts every page in %s under %s + the English address', (lang, prefix) => {
    expect(EVERY_PAGE.map((key) => pagePath(key, lang))).toEqual([
      prefix,
      `${prefix}/portal`,
      `${prefix}/portal/help`,
      `${prefix}/portal/handout`,
      `${prefix}/language-assistance`,
      `${prefix}/accessibility`,
      `${prefix}/locations/downtown`,
    ])
  })
})

describe('pageAt: the page at an address, the inverse of pagePath', () => {
  const languages = ['en', 'es', 'zh-Hant']
  const EVERY_PAGE: PageRoute[] = [...FIXED_PAGES, { page: 'location', slug: 'downtown' }]

  it('finds every page in every live language at its own address', () => {
    for (const lang of languages) {
      for (const key of EVERY_PAGE)
        expect(pageAt(pagePath(key, lang), languages)).toEqual({ key, lang })
    }
  })

  it.each([
    ['a language that is not live', '/vi/portal'],
    ['a language’s home under a language that is not live', '/vi'],
    ['the tag as written, not the lower-cased prefix', '/zh-Hant/portal'],
    ['a page no language has', '/es/no-such-page'],
    ['a prefix twice', '/es/es/portal'],
    ['a location address without a slug', '/es/locations/'],
    ['a location address one level too deep', '/locations/downtown/more'],
  ])('finds nothing at %s (%s)', (_, path) => {
    expect(pageAt(path, languages)).toBeNull()
  })
})

describe('alternates', () => {
  const ENGLISH = editionOf(bilingualFixture(), 'en')
  const SPANISH = editionOf(bilingualFixture(), 'es')

  it('gives each page in every live language, reciprocally: each edition lists the same set', () => {
    const key = { page: 'location', slug: 'downtown' } as const
    const en = pageMeta(key, ENGLISH, false)
    const es = pageMeta(key, SPANISH, false)
    expect(en.alternates).toEqual([
      { lang: 'en', path: '/locations/downtown' },
      { lang: 'es', path: '/es/locations/downtown' },
    ])
    expect(es.alternates).toEqual(en.alternates)
    // Each page's canonical address is its own language's, and is among the alternates.
    expect(en.canonical).toBe('/locations/downtown')
    expect(es.canonical).toBe('/es/locations/downtown')
  })

  it('adds x-default, the English page, to the hreflang links', () => {
    const meta = pageMeta({ page: 'portal' }, SPANISH, false)
    expect(hreflangLinks(meta.alternates)).toEqual([
      { hreflang: 'en', path: '/portal' },
      { hreflang: 'es', path: '/es/portal' },
      { hreflang: 'x-default', path: '/portal' },
    ])
  })

  it('writes no hreflang link while the site has one language', () => {
    expect(hreflangLinks(pageAlternates({ page: 'portal' }, ['en']))).toEqual([])
    expect(hreflangLinks(pageMeta({ page: 'portal' }, siteFixture(), false).alternates)).toEqual([])
  })

  it('gives the 404 and a draft with problems no alternates', () => {
    expect(pageMeta({ page: 'not-found' }, SPANISH, false).alternates).toEqual([])
    expect(pageMeta({ page: 'portal' }, null, true).alternates).toEqual([])
    expect(pageMeta({ page: 'location', slug: 'nowhere' }, SPANISH, false).alternates).toEqual([])
  })

  it('gives the Draft Mode twins the same alternates as metadata', () => {
    const meta = pageMeta({ page: 'portal' }, SPANISH, true)
    expect(toMetadata(meta, 'https://www.maplegrove.example').alternates).toEqual({
      canonical: '/es/portal',
      languages: { en: '/portal', es: '/es/portal', 'x-default': '/portal' },
    })
  })
})
