import { readDataset } from '../src'
import { editionDocument } from '../src/translations'
import {
  clinicDocument,
  MEDICAL_SPECIALTIES,
  MEDICAL_SPECIALTY_TITLES,
  medicalSpecialtyName,
} from '../src/model'
import { SAMPLE_PATH } from './helpers'

// The clinic's specialty feeds schema.org structured data, so only schema.org values are accepted.
describe('medical specialty', () => {
  async function sampleClinic(): Promise<Record<string, unknown>> {
    const docs = await readDataset(SAMPLE_PATH)
    const clinic = docs.find((doc) => doc._id === 'clinic')
    if (clinic === undefined) throw new Error('the sample has no clinic')
    return editionDocument(clinic, 'en')
  }

  it('accepts a schema.org MedicalSpecialty value', async () => {
    const clinic = await sampleClinic()
    expect(MEDICAL_SPECIALTIES).toContain('PrimaryCare')
    expect(clinicDocument.safeParse({ ...clinic, medicalSpecialty: 'PrimaryCare' }).success).toBe(
      true,
    )
  })

  it('refuses free text, saying to choose from the list', async () => {
    const clinic = await sampleClinic()
    const result = clinicDocument.safeParse({ ...clinic, medicalSpecialty: 'Family practice' })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['medicalSpecialty'],
        message: 'Choose your medical specialty from the list, for example Pediatric.',
      }),
    ])
  })

  it('gives every value a plain name, and patients that name without the term in brackets', () => {
    expect(Object.keys(MEDICAL_SPECIALTY_TITLES).sort()).toEqual([...MEDICAL_SPECIALTIES].sort())
    expect(medicalSpecialtyName('Pediatric')).toBe('Children’s care')
    expect(medicalSpecialtyName('PrimaryCare')).toBe('Primary care')
    expect(medicalSpecialtyName('Dentistry')).toBe('Dentistry')
    for (const value of MEDICAL_SPECIALTIES) {
      expect(medicalSpecialtyName(value)).toMatch(/^[A-Z][^()]*[a-z]$/)
    }
  })
})
