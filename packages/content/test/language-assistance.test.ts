import { check, problemsOf, sampleDocs } from './helpers'

type Docs = Awaited<ReturnType<typeof sampleDocs>>

async function broken(mutate: (docs: Docs) => void) {
  const docs = await sampleDocs()
  mutate(docs)
  return problemsOf(docs)
}

describe('the language-assistance notices (Section 1557)', () => {
  it('builds the sample: 15 languages in the clinic’s order, the main phone in each tagline', async () => {
    const result = await check(await sampleDocs())
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const { coordinator, taglines } = result.content.clinic.languageAssistance
    expect(coordinator).toEqual({
      name: 'Office manager',
      phone: { display: '(217) 555-0100', href: 'tel:+12175550100' },
      email: 'civilrights@maplegrove.example',
    })
    expect(taglines.map((t) => t.lang)).toEqual([
      'es',
      'pl',
      'zh-Hant',
      'ko',
      'tl',
      'ar',
      'ru',
      'gu',
      'ur',
      'vi',
      'it',
      'hi',
      'fr',
      'el',
      'de',
    ])
    for (const tagline of taglines) {
      expect(tagline.text).toContain('(217) 555-0100')
      expect(tagline.text).not.toContain('{phone}')
    }
    const arabic = taglines.find((t) => t.lang === 'ar')
    expect(arabic).toMatchObject({ dir: 'rtl', englishName: 'Arabic', ownName: 'العربية' })
    expect(taglines.find((t) => t.lang === 'es')).toMatchObject({ dir: 'ltr', ownName: 'Español' })
  })

  it('is optional: no coordinator and no taglines without the field', async () => {
    const docs = await sampleDocs()
    delete docs.clinic.languageAssistance
    const result = await check(docs)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.content.clinic.languageAssistance).toEqual({ coordinator: null, taglines: [] })
  })

  it('uses the clinic’s own words for a tagline it wrote', async () => {
    const docs = await sampleDocs()
    docs.clinic.languageAssistance.taglines[0].text = 'Ayuda gratis con el idioma: {phone}.'
    const result = await check(docs)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.content.clinic.languageAssistance.taglines[0]!.text).toBe(
      'Ayuda gratis con el idioma: (217) 555-0100.',
    )
  })

  it('names the document, the field and the fix for each bad value', async () => {
    const problems = await broken((docs) => {
      const la = docs.clinic.languageAssistance
      la.coordinatorPhone = '555'
      la.coordinatorEmail = 'civil rights at maple grove'
      la.taglines[1].language = 'Polish'
      la.taglines[2].language = 'ES'
      la.taglines[3].text = 'Llame al (217) 555-0100.'
      la.taglines.push({ _key: 'tl-sw', _type: 'tagline', language: 'sw' })
    })
    expect(problems).toEqual([
      {
        documentId: 'clinic',
        path: 'languageAssistance.coordinatorPhone',
        message:
          'This is not a phone number that can be dialled. Type the full number with its area code, for example (217) 555-0100.',
      },
      {
        documentId: 'clinic',
        path: 'languageAssistance.coordinatorEmail',
        message:
          'This is not an email address. Type it in full, for example civilrights@maplegrove.example.',
      },
      {
        documentId: 'clinic',
        path: 'languageAssistance.taglines[tl-pl].language',
        message:
          '“Polish” is not a language code. Use a code such as es (Spanish), zh-Hant (Chinese, traditional characters) or vi (Vietnamese).',
      },
      {
        documentId: 'clinic',
        path: 'languageAssistance.taglines[tl-zh-hant].language',
        message: 'Spanish is listed twice. Remove one of them.',
      },
      {
        documentId: 'clinic',
        path: 'languageAssistance.taglines[tl-ko].text',
        message:
          'The Korean tagline does not say which number to call. Put {phone} where the clinic’s number goes; the website writes the number there.',
      },
      {
        documentId: 'clinic',
        path: 'languageAssistance.taglines[tl-sw].text',
        message:
          'There is no ready-made Swahili tagline. Write one in Swahili: that free language help is available, and {phone} where the clinic’s number goes.',
      },
    ])
  })
})
