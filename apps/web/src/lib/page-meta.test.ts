import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { HANDOUT_PATH, pageMeta } from './page-meta'

describe('pageMeta', () => {
  it('keeps the printed sign-up sheet out of search results, published or draft', () => {
    for (const draft of [false, true]) {
      expect(pageMeta({ page: 'handout' }, siteFixture(), draft)).toEqual({
        title: 'How to sign up for Maple Grove MyChart: sheet to print | Maple Grove Pediatrics',
        description:
          'A one-page sheet for the front desk to print: how to sign up for Maple Grove MyChart, with a QR code.',
        canonical: HANDOUT_PATH,
        noindex: true,
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
