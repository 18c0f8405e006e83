import { formatProblem } from '../src'
import { editionDocument, translationsOf } from '../src/translations'
import { check, problemsOf, sampleDocs } from './helpers'

// Field-level translation: one stored document, one edition per live language, checked alike.

const inLanguage = (values: { language: string; value?: unknown }[], language: string) => {
  const found = values.find((value) => value.language === language)
  if (found === undefined) throw new Error(`no ${language} value`)
  return found
}

async function content() {
  const result = await check(await sampleDocs({ languages: true }))
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
  return result.content
}

describe('the editions of the sample', () => {
  it('are English and Spanish: Vietnamese is not live, so it is not published', async () => {
    const site = await content()
    expect(site.language).toBe('en')
    expect(site.languages).toEqual(['en', 'es'])
    expect(Object.keys(site.translations)).toEqual(['es'])
    const spanish = site.translations.es
    expect(spanish?.language).toBe('es')
    expect(spanish?.languages).toEqual(['en', 'es'])
    expect(spanish?.translations).toEqual({})
  })

  it('hold each text in their language, and everything else as in English', async () => {
    const site = await content()
    const spanish = site.translations.es
    if (spanish === undefined) throw new Error('no Spanish edition')
    expect(site.portal.features[0]).toBe('Send a message to your doctor or nurse')
    expect(spanish.portal.features[0]).toBe('Enviar un mensaje a su médico o enfermera')
    expect(spanish.clinic.emergencyMessage).toMatch(/^Si es una emergencia, llame al 911/)
    expect(spanish.portal.triage.map((row) => row.contact.name)).toContain('Recepción')
    expect(spanish.portal.signInHref).toBe(site.portal.signInHref)
    expect(spanish.clinic.mainPhone).toEqual(site.clinic.mainPhone)
    expect(spanish.portal.features).toHaveLength(site.portal.features.length)
  })

  it('list contacts and locations in the English edition’s order', async () => {
    const docs = await sampleDocs({ languages: true })
    // Sorted by its Spanish name, Riverside would come first.
    inLanguage(docs['location-riverside'].name, 'es').value = 'Antigua clínica Riverside'
    const result = await check(docs)
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    const site = result.content
    const ids = (edition: typeof site | undefined) => [
      edition?.contacts.map((c) => c.id),
      edition?.locations.map((l) => l.id),
    ]
    expect(ids(site.translations.es)).toEqual(ids(site))
    expect(site.translations.es?.locations.map((l) => l.name)).toEqual([
      'Clínica del centro',
      'Clínica Northside',
      'Antigua clínica Riverside',
    ])
  })

  it('use a help page’s own address in a language where it has one, else the English one', async () => {
    const site = await content()
    const english = site.portal.helpLinks.map((link) => link.href)
    const spanish = site.translations.es?.portal.helpLinks.map((link) => link.href)
    expect(spanish?.[0]).toBe('https://mychart.maplegrovehealth.example/MyChart/es/help/faq')
    expect(english[0]).toBe('https://mychart.maplegrovehealth.example/MyChart/help/faq')
    expect(spanish?.[1]).toBe(english[1])
  })
})

describe('translationsOf', () => {
  it('finds nothing missing in Spanish, and what Vietnamese still lacks', async () => {
    const docs = Object.values(await sampleDocs({ languages: true }))
    expect(translationsOf(docs, 'es').missing).toEqual([])
    const vietnamese = translationsOf(docs, 'vi')
    expect(vietnamese.own.map(({ document, path }) => [document._id, path.join('.')])).toEqual([
      ['clinic', 'emergencyMessage'],
      ['clinic', 'languageHelp'],
      ['contact-front-desk', 'name'],
      ['location-downtown', 'name'],
    ])
    const missing = vietnamese.missing.map(({ document, path, name }) => [
      document._id,
      path.join('.'),
      name,
    ])
    expect(missing).toContainEqual(['clinic', 'portal.explanation', 'The portal explanation'])
    expect(missing).toContainEqual(['clinic', 'portal.features.0.text', 'A feature'])
    expect(missing).toContainEqual(['location-riverside', 'name', 'The location name'])
    // A help page address falls back to English: it is never missing.
    expect(missing.filter(([, path]) => String(path).endsWith('.url'))).toEqual([])
  })

  it('counts a blank translation as missing, and an optional text only where English has it', async () => {
    const docs = await sampleDocs({ languages: true })
    inLanguage(docs.clinic.emergencyMessage, 'es').value = '   '
    docs.clinic.portal.handoutNote = [] // no note in any language: nothing to translate
    const missing = translationsOf(Object.values(docs), 'es').missing.map(({ path }) =>
      path.join('.'),
    )
    expect(missing).toEqual(['emergencyMessage'])
  })
})

describe('editionDocument', () => {
  it('reads plain text (written before translations) as the English text', () => {
    const doc = { _id: 'contact-x', _type: 'supportContact', name: 'Front desk', hours: 'Always' }
    expect(editionDocument(doc, 'en')).toEqual(doc)
    expect(editionDocument(doc, 'es')).toEqual({ ...doc, name: undefined, hours: undefined })
  })
})

describe('check, per live language', () => {
  it('applies every English rule to each language’s value, naming the language', async () => {
    const docs = await sampleDocs({ languages: true })
    inLanguage(docs.clinic.portal.handoutNote, 'es').value = 'x'.repeat(121)
    expect(await problemsOf(docs)).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.handoutNote',
        message:
          'Spanish: Keep the note for the printed sheet to 120 characters or fewer, so the sheet stays one page. Shorten it.',
      },
    ])
  })

  it('reports an English problem once, not again for each language', async () => {
    const docs = await sampleDocs({ languages: true })
    docs.clinic.mainPhone = 'call us'
    expect((await problemsOf(docs)).map((p) => p.path)).toEqual(['mainPhone'])
  })

  it('names the location by its English name in a Spanish problem', async () => {
    const docs = await sampleDocs({ languages: true })
    inLanguage(docs['location-downtown'].name, 'es').value = ''
    const result = await check(docs)
    if (result.ok) throw new Error('expected a problem')
    expect(result.problems.map(formatProblem)).toEqual([
      'location "Downtown clinic" › name: Spanish: the location name is empty. Type the Spanish text in the “Spanish (Español)” box of this field, or turn Spanish off (Clinic › Site languages) until the translation is done.',
    ])
  })

  it('publishes nothing of a language that is not live, whatever its state', async () => {
    const docs = await sampleDocs({ languages: true })
    docs.clinic.siteLanguages[0].live = false
    const result = await check(docs)
    expect(result.ok && [result.content.languages, result.content.translations]).toEqual([
      ['en'],
      {},
    ])
  })
})
