import { bilingualFixture, siteFixture } from '@/test/fixture'
import { editionOf, languageAtPrefix, prefixedLanguages } from './editions'

describe('editionOf', () => {
  it('gives the main edition for its own language, without the other editions', () => {
    const edition = editionOf(bilingualFixture(), 'en')
    expect(edition.language).toBe('en')
    expect(edition.clinic.name).toBe('Maple Grove Pediatrics')
    expect(edition.translations).toEqual({})
    expect(edition.languages).toEqual(['en', 'es'])
  })

  it('gives another language’s edition from the translations, without the other editions', () => {
    const edition = editionOf(bilingualFixture(), 'es')
    expect(edition.language).toBe('es')
    expect(edition.clinic.name).toBe('Pediatría Maple Grove')
    expect(edition.translations).toEqual({})
  })

  it('refuses a language the site is not published in, naming the ones it is', () => {
    expect(() => editionOf(bilingualFixture(), 'vi')).toThrow(
      'The site has no vi edition: its languages are en, es.',
    )
    expect(() => editionOf(siteFixture(), 'es')).toThrow(/no es edition/)
  })
})

describe('languageAtPrefix', () => {
  const site = () => {
    const base = bilingualFixture()
    const chinese = { ...editionOf(base, 'en'), language: 'zh-Hant' }
    return {
      ...base,
      languages: ['en', 'es', 'zh-Hant'],
      translations: { ...base.translations, 'zh-Hant': chinese },
    }
  }

  it.each([
    ['es', 'es'],
    ['zh-hant', 'zh-Hant'],
  ])('reads the prefix %s as the live language %s', (prefix, lang) => {
    expect(languageAtPrefix(site(), prefix)).toBe(lang)
  })

  it.each([
    ['the main language, which has no prefix', 'en'],
    ['a language that is not live', 'vi'],
    ['a tag not lower-cased as addresses write it', 'zh-Hant'],
    ['anything else', 'portal'],
  ])('refuses %s', (_, prefix) => {
    expect(languageAtPrefix(site(), prefix)).toBeNull()
  })

  it('lists the prefixed languages: every live one but the main', () => {
    expect(prefixedLanguages(site())).toEqual(['es', 'zh-Hant'])
    expect(prefixedLanguages(siteFixture())).toEqual([])
  })
})
