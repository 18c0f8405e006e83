import { clinicDocument, readDataset } from '../src'
import { MEDICAL_SPECIALTIES } from '../src/model'
import { SAMPLE_PATH } from './helpers'

// The clinic's specialty feeds schema.org structured data, so only schema.org values are accepted.
describe('medical specialty', () => {
  async function sampleClinic(): Promise<Record<string, unknown>> {
    const docs = await readDataset(SAMPLE_PATH)
    const clinic = docs.find((doc) => doc._id === 'clinic')
    if (clinic === undefined) throw new Error('the sample has no clinic')
    return clinic
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
})
