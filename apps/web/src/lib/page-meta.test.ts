import { siteFixture } from '@/test/fixture'
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
