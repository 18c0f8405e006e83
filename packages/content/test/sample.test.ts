import { join } from 'node:path'
import { applyPerspective, checkSite, readDataset, runQuery, SITE_QUERY } from '../src'

const SAMPLE = join(__dirname, '..', 'sample', 'clinic.ndjson')
const DRAFT_PHRASE = 'New this winter: book well-child visits online in MyChart.'

describe('SITE_QUERY on the sample dataset (groq-js)', () => {
  it('returns the published clinic, vendors, contacts and locations, without the draft', async () => {
    const result = (await runQuery(
      SITE_QUERY,
      applyPerspective(await readDataset(SAMPLE), 'published'),
    )) as {
      clinics: { _id: string; portal: { explanation: string; vendor: { _ref: string } } }[]
      vendors: unknown[]
      contacts: unknown[]
      locations: { _id: string }[]
    }
    expect(result.clinics).toHaveLength(1)
    expect(result.clinics[0]?._id).toBe('clinic')
    expect(result.clinics[0]?.portal.vendor).toEqual({ _ref: 'vendor-epic-mychart' })
    expect(result.clinics[0]?.portal.explanation).not.toContain(DRAFT_PHRASE)
    expect(result.vendors).toHaveLength(2)
    expect(result.contacts).toHaveLength(4)
    expect(result.locations.map((l) => l._id)).toEqual([
      'location-downtown',
      'location-northside',
      'location-riverside',
    ])
  })

  it('shows the draft in the drafts perspective, under the published id', async () => {
    const result = (await runQuery(
      SITE_QUERY,
      applyPerspective(await readDataset(SAMPLE), 'drafts'),
    )) as {
      clinics: { _id: string; portal: { explanation: { language: string; value: string }[] } }[]
    }
    expect(result.clinics).toHaveLength(1)
    expect(result.clinics[0]?._id).toBe('clinic')
    const english = result.clinics[0]?.portal.explanation.find((text) => text.language === 'en')
    expect(english?.value).toContain(DRAFT_PHRASE)
  })

  it('passes check with zero problems', async () => {
    const result = checkSite(
      await runQuery(SITE_QUERY, applyPerspective(await readDataset(SAMPLE), 'published')),
    )
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) return
    expect(result.content.clinic.name).toBe('Maple Grove Pediatrics')
    expect(result.content.portal.signInHref).toBe(
      'https://mychart.maplegrovehealth.example/MyChart/',
    )
    expect(result.content.clinic.mainPhone).toEqual({
      display: '(217) 555-0100',
      href: 'tel:+12175550100',
    })
  })
})
