import {
  KNOWN_LANGUAGES,
  PHONE_PLACEHOLDER,
  checkLanguageTag,
  checkTagline,
  englishName,
  fillTagline,
  ownName,
  scriptOf,
  textDirection,
} from '../src'

/** Unicode script names (for `\p{Script=…}`) of each ISO 15924 code the taglines use. */
const UNICODE_SCRIPTS: Record<string, string[]> = {
  Latn: ['Latin'],
  Arab: ['Arabic'],
  Cyrl: ['Cyrillic'],
  Grek: ['Greek'],
  Deva: ['Devanagari'],
  Gujr: ['Gujarati'],
  Beng: ['Bengali'],
  Telu: ['Telugu'],
  Guru: ['Gurmukhi'],
  Taml: ['Tamil'],
  Armn: ['Armenian'],
  Ethi: ['Ethiopic'],
  Mymr: ['Myanmar'],
  Khmr: ['Khmer'],
  Hans: ['Han'],
  Hant: ['Han'],
  Jpan: ['Han', 'Hiragana', 'Katakana'],
  Kore: ['Hangul', 'Han'],
}

/** The letters of `text` that are not in any of `scripts` (or shared by all, like Navajo's ʼ). */
function lettersOutside(text: string, scripts: string[]): string[] {
  const inScript = new RegExp([...scripts, 'Common'].map((s) => `\\p{Script=${s}}`).join('|'), 'u')
  return [...text].filter((ch) => /\p{L}/u.test(ch) && !inScript.test(ch))
}

describe('the languages shipped with default taglines', () => {
  test('cover at least the 25 languages most spoken at home in the US, each once', () => {
    expect(KNOWN_LANGUAGES.length).toBeGreaterThanOrEqual(25)
    const canonical = KNOWN_LANGUAGES.map((l) => Intl.getCanonicalLocales(l.tag)[0])
    expect(new Set(canonical).size).toBe(KNOWN_LANGUAGES.length)
    // The first twelve, in the Census order domain.md lists.
    expect(KNOWN_LANGUAGES.slice(0, 3).map((l) => l.englishName)).toEqual([
      'Spanish',
      'Chinese (Traditional)',
      'Chinese (Simplified)',
    ])
    for (const name of ['Tagalog', 'Vietnamese', 'Arabic', 'French', 'Korean', 'Russian']) {
      expect(KNOWN_LANGUAGES.map((l) => l.englishName)).toContain(name)
    }
    expect(KNOWN_LANGUAGES.map((l) => l.tag)).not.toContain('en')
  })

  test.each(KNOWN_LANGUAGES.map((l) => [l.englishName, l] as const))(
    '%s: the tagline and the name are written in the language’s own script',
    (_name, language) => {
      const scripts = UNICODE_SCRIPTS[scriptOf(language.tag)]
      expect(scripts).toBeDefined()
      const words = language.tagline.split(PHONE_PLACEHOLDER).join(' ')
      expect(lettersOutside(words, scripts!)).toEqual([])
      expect(lettersOutside(language.ownName, scripts!)).toEqual([])
      expect(words.replace(/[^\p{L}]/gu, '').length).toBeGreaterThan(15)
    },
  )

  test.each(KNOWN_LANGUAGES.map((l) => [l.englishName, l] as const))(
    '%s: the tagline has one place for the phone number',
    (_name, language) => {
      expect(language.tagline.split(PHONE_PLACEHOLDER)).toHaveLength(2)
      const filled = fillTagline(language.tagline, '(217) 555-0134')
      expect(filled).toContain('(217) 555-0134')
      expect(filled).not.toContain(PHONE_PLACEHOLDER)
    },
  )
})

describe('textDirection', () => {
  test.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['ps', 'rtl'],
    ['yi', 'rtl'],
    ['ar-US', 'rtl'],
    ['en', 'ltr'],
    ['es', 'ltr'],
    ['zh-Hant', 'ltr'],
    ['hy', 'ltr'],
    ['pa', 'ltr'],
    // Punjabi written in Shahmukhi (Arabic script) reads right to left.
    ['pa-Arab', 'rtl'],
  ])('%s is %s', (tag, direction) => {
    expect(textDirection(tag)).toBe(direction)
  })

  test('agrees with the runtime’s own locale data for every shipped language', () => {
    for (const { tag } of KNOWN_LANGUAGES) {
      const locale = new Intl.Locale(tag) as Intl.Locale & {
        getTextInfo?: () => { direction: string }
        textInfo?: { direction: string }
      }
      const info = locale.getTextInfo?.() ?? locale.textInfo
      if (info) expect([tag, textDirection(tag)]).toEqual([tag, info.direction])
    }
  })
})

describe('names', () => {
  test('a shipped language keeps its own name as a reader looks for it', () => {
    expect(ownName('es')).toBe('Español')
    expect(ownName('vi')).toBe('Tiếng Việt')
    expect(englishName('zh-Hant')).toBe('Chinese (Traditional)')
  })

  test('any other language gets its name from the locale data, capitalised in itself', () => {
    expect(ownName('sw')).toBe('Kiswahili')
    expect(ownName('en')).toBe('English')
    expect(englishName('sw')).toBe('Swahili')
  })
})

describe('checkLanguageTag', () => {
  test.each([
    ['es', 'es'],
    [' ES ', 'es'],
    ['zh-hant', 'zh-Hant'],
    ['pt-br', 'pt-BR'],
    ['tl', 'tl'],
  ])('“%s” is the language %s', (input, tag) => {
    expect(checkLanguageTag(input)).toEqual({ ok: true, value: tag })
  })

  test.each(['', 'Spanish', 'es_', 'e', '123', 'xx'])(
    '“%s” is refused with an example',
    (input) => {
      const result = checkLanguageTag(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/es \(Spanish\)/)
    },
  )
})

describe('checkTagline', () => {
  test('no text: a shipped language gets its ready-made tagline', () => {
    expect(checkTagline('es', '')).toEqual({ ok: true, value: KNOWN_LANGUAGES[0]!.tagline })
    expect(checkTagline('es', undefined)).toEqual({ ok: true, value: KNOWN_LANGUAGES[0]!.tagline })
  })

  test('no text for a language with no ready-made tagline: asks for one, naming the language', () => {
    expect(checkTagline('sw', '  ')).toEqual({
      ok: false,
      message:
        'There is no ready-made Swahili tagline. Write one in Swahili: that free language help is available, and {phone} where the clinic’s number goes.',
    })
  })

  test('a written tagline must say where the number goes', () => {
    expect(checkTagline('sw', ' Msaada wa lugha bila malipo. Piga simu {phone}. ')).toEqual({
      ok: true,
      value: 'Msaada wa lugha bila malipo. Piga simu {phone}.',
    })
    const result = checkTagline('es', 'Llame al (217) 555-0100.')
    expect(result).toEqual({
      ok: false,
      message:
        'The Spanish tagline does not say which number to call. Put {phone} where the clinic’s number goes; the website writes the number there.',
    })
  })
})
