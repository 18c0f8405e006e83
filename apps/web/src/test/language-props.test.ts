/**
 * @jest-environment node
 */
import { getStaticPaths as languageLocationPaths } from '@/pages/[lang]/locations/[slug]'
import { getStaticPaths as languagePagePaths, getStaticProps } from '@/pages/[lang]/portal'
import { getStaticProps as englishProps } from '@/pages/portal'
import { readPublishedSite } from '@/lib/published-content'

// The language twins' getStaticPaths and getStaticProps, with the real loader and dataset.
describe('pages/[lang]', () => {
  it('prerender every live language but English, each page and each location', async () => {
    const site = await readPublishedSite()
    const prefixes = site.languages.filter((l) => l !== 'en').map((l) => l.toLowerCase())
    const pages = await languagePagePaths()
    expect(pages.fallback).toBe(false)
    expect(pages.paths.map((p) => p.params.lang)).toEqual(prefixes)
    const locations = await languageLocationPaths()
    expect(locations.paths).toHaveLength(prefixes.length * site.locations.length)
  })

  it.each([
    ['a language that is not live', 'vi'],
    ['English under a prefix (it has none)', 'en'],
    ['anything else', 'portal'],
  ])('answer 404 for %s (/%s/portal)', async (_, lang) => {
    expect(await getStaticProps({ params: { lang } })).toMatchObject({ notFound: true })
  })

  it('give the English page the English edition only, without the other editions', async () => {
    const result = await englishProps({})
    if (!('props' in result)) throw new Error('no props for /portal')
    expect(result.props.content.language).toBe('en')
    expect(result.props.content.translations).toEqual({})
  })

  it('give each language’s page that edition only', async () => {
    const site = await readPublishedSite()
    for (const lang of site.languages.filter((l) => l !== 'en')) {
      const result = await getStaticProps({ params: { lang: lang.toLowerCase() } })
      if (!('props' in result)) throw new Error(`no props for /${lang}/portal`)
      expect(result.props.content.language).toBe(lang)
      expect(result.props.content.translations).toEqual({})
    }
  })
})
