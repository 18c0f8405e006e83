/** @jest-environment node */
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { draftTwinRewrites } from './draft-rewrites'
import { DRAFT_MODE_COOKIE } from './security-headers'

/** Where Next.js's own matcher sends `path` in Draft Mode: the first rewrite that matches. */
function twinOf(path: string): string | null {
  for (const rewrite of draftTwinRewrites()) {
    const params = getPathMatch(rewrite.source, { strict: true, removeUnnamedParams: true })(path)
    if (params === false) continue
    const { destination } = rewrite
    return prepareDestination({ appendParamsToQuery: false, destination, params, query: {} }).newUrl
  }
  return null
}

describe('draftTwinRewrites', () => {
  it.each([
    ['/', '/preview/en'],
    ['/portal', '/preview/en/portal'],
    ['/portal/help', '/preview/en/portal/help'],
    ['/portal/handout', '/preview/en/portal/handout'],
    ['/language-assistance', '/preview/en/language-assistance'],
    ['/accessibility', '/preview/en/accessibility'],
    ['/locations/downtown', '/preview/en/locations/downtown'],
    ['/es', '/preview/es'],
    ['/es/portal', '/preview/es/portal'],
    ['/es/portal/handout', '/preview/es/portal/handout'],
    ['/es/locations/downtown', '/preview/es/locations/downtown'],
    ['/zh-hant/accessibility', '/preview/zh-hant/accessibility'],
    ['/es-419/portal', '/preview/es-419/portal'],
    ['/pt-br', '/preview/pt-br'],
    // Not live: the twin answers 404 (it checks the language against the drafts).
    ['/vi/portal', '/preview/vi/portal'],
  ])('sends %s to the one twin of its page, %s', (path, twin) => {
    expect(twinOf(path)).toBe(twin)
  })

  it.each([
    ['the sitemap', '/sitemap.xml'],
    ['robots.txt', '/robots.txt'],
    ['the icon', '/icon.svg'],
    ['the Draft Mode routes', '/api/draft-mode/disable'],
    ['a page under a prefix that is not a language tag', '/portal/portal'],
    ['a page whose name looks like a language tag', '/no-such-page'],
  ])('leaves %s alone (%s)', (_, path) => {
    expect(twinOf(path)).toBeNull()
  })

  it('only with the Draft Mode cookie', () => {
    for (const rewrite of draftTwinRewrites()) {
      expect(rewrite.has).toEqual([{ type: 'cookie', key: DRAFT_MODE_COOKIE }])
    }
  })
})
