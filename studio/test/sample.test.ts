import type { RawDocument } from '@doorway/content'
import { loadSample, validate } from './harness'

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

test('the sample dataset has every document type', () => {
  expect(new Set(sample.map((doc) => doc._type))).toEqual(
    new Set(['clinic', 'portalVendor', 'supportContact', 'location']),
  )
})

test.each(['studio', 'cli'] as const)(
  'every sample document validates with no errors and no warnings (%s environment)',
  async (environment) => {
    const results = await Promise.all(
      sample.map(async (doc) => ({
        id: doc._id,
        markers: await validate(doc, sample, environment),
      })),
    )
    expect(results.map((result) => result.id)).toContain('drafts.clinic')
    expect(results.filter((result) => result.markers.length > 0)).toEqual([])
  },
)

test('the cli environment flags a field the Studio does not declare', async () => {
  const contact = {
    ...sample.find((doc) => doc._id === 'contact-front-desk')!,
    faxNumber: '(217) 555-0199',
  }
  const markers = await validate(contact, sample, 'cli')
  expect(markers).toEqual([
    {
      level: 'warning',
      path: 'faxNumber',
      message: "Field 'faxNumber' does not exist on type 'supportContact'",
    },
  ])
})
