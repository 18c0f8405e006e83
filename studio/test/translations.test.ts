import { checkSite, runQuery, SITE_QUERY, type RawDocument } from '@doorway/content'
import { applyPerspective } from '@doorway/content'
import { checkPortalLink } from '@doorway/portal-link'
import { editorLanguages } from '../languages'
import { translationStatus } from '../structure/translationStatus'
import { copyOf, errorsOf, loadSample, setText, type Marker } from './harness'

// Field-level translation in the Studio: the languages each translated field offers, the
// translation status the office manager reads, and the same rules on every language's value.

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

const published = () => applyPerspective(sample, 'published')
const error = (path: string, message: string): Marker => ({ level: 'error', path, message })

describe('the languages of every translated field', () => {
  test('are English, then the clinic’s site languages, live or not, by their own names', () => {
    const clinic = copyOf(published(), 'clinic') as Doc
    expect(editorLanguages(clinic.siteLanguages)).toEqual([
      { id: 'en', title: 'English' },
      { id: 'es', title: 'Spanish (Español)' },
      { id: 'vi', title: 'Vietnamese (Tiếng Việt)' },
    ])
  })

  test('leave out English again, a code that is no language, and a language listed twice', () => {
    const rows = ['EN', 'Spanish', 'es', 'ES', 'zh-hant'].map((language) => ({ language }))
    expect(editorLanguages(rows).map((language) => language.id)).toEqual(['en', 'es', 'zh-Hant'])
    expect(editorLanguages(undefined)).toEqual([{ id: 'en', title: 'English' }])
  })
})

describe('the translation status', () => {
  test('shows Spanish complete and on the website, and what Vietnamese still lacks', () => {
    const [spanish, vietnamese] = translationStatus(published())
    expect(spanish).toMatchObject({ language: 'es', live: true, missing: [] })
    expect(vietnamese).toMatchObject({ language: 'vi', title: 'Vietnamese (Tiếng Việt)' })
    expect(vietnamese?.live).toBe(false)
    expect(vietnamese?.missing).toContainEqual({
      documentId: 'clinic',
      document: 'clinic "Maple Grove Pediatrics"',
      field: 'The portal explanation',
    })
    expect(vietnamese?.missing).toContainEqual({
      documentId: 'location-northside',
      document: 'location "Northside clinic"',
      field: 'The location name',
    })
    // What Vietnamese has is not listed: its emergency message and the downtown location's name.
    expect(vietnamese?.missing.map((m) => `${m.documentId} ${m.field}`)).not.toContain(
      'clinic The emergency message',
    )
  })

  test('lists exactly what the build refuses for a live language', async () => {
    const docs = published().map((doc) => structuredClone(doc)) as Doc[]
    const contact = docs.find((doc) => doc._id === 'contact-billing')!
    setText(contact.hours, '', 'es')
    const [spanish] = translationStatus(docs)
    expect(spanish?.missing).toEqual([
      {
        documentId: 'contact-billing',
        document: 'support contact "Billing office"',
        field: 'The hours',
      },
    ])
    const result = checkSite(await runQuery(SITE_QUERY, docs as RawDocument[]))
    expect(result.ok ? [] : result.problems.map((p) => [p.documentId, p.path])).toEqual([
      ['contact-billing', 'hours'],
    ])
  })
})

describe('every language’s value passes the rules English does', () => {
  test('a Spanish help page off the portal vendor’s website is refused at its own box, named Spanish', async () => {
    const href = 'https://www.maplegrovepediatrics.example/ayuda'
    const clinic = copyOf(sample, 'clinic') as Doc
    setText(clinic.portal.helpLinks[0].url, href, 'es')
    const result = checkPortalLink(
      href,
      {
        siteHosts: ['maplegrovepediatrics.example', 'www.maplegrovepediatrics.example'],
        vendorDomains: ['mychart.maplegrovehealth.example'],
      },
      'help page address',
    )
    if (result.ok) throw new Error('expected the address to be refused')
    expect(await errorsOf(clinic as RawDocument, sample)).toEqual([
      error('portal.helpLinks[_key=="faq"].url[_key=="es"].value', `Spanish: ${result.message}`),
    ])
  })

  test('a Spanish text left blank is not an error in the Studio (it is not translated yet); English is', async () => {
    const clinic = copyOf(sample, 'clinic') as Doc
    setText(clinic.portal.triage[0].problem, '   ', 'es')
    expect(await errorsOf(clinic as RawDocument, sample)).toEqual([])
    setText(clinic.portal.triage[0].problem, '   ')
    expect(await errorsOf(clinic as RawDocument, sample)).toEqual([
      error(
        'portal.triage[_key=="sick"].problem',
        'Type the problem in the words a patient would use.',
      ),
    ])
  })

  test('the site languages name each language once, never English, with the build’s messages', async () => {
    const clinic = copyOf(sample, 'clinic') as Doc
    clinic.siteLanguages.push(
      { _key: 'en', _type: 'siteLanguage', language: 'en', live: true },
      { _key: 'again', _type: 'siteLanguage', language: 'ES', live: false },
    )
    expect(await errorsOf(clinic as RawDocument, sample)).toEqual([
      error('siteLanguages', 'Spanish is listed twice. Remove one of them.'),
      error('siteLanguages[_key=="en"].language', 'English is always on. Remove this line.'),
    ])
  })
})
