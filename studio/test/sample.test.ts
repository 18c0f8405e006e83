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

// The sample's accessibility review date ages; a year on it rightly warns. Checked as of today.
function reviewedToday(doc: RawDocument): RawDocument {
  const copy = structuredClone(doc) as RawDocument & { accessibility?: { lastReviewed?: string } }
  if (copy.accessibility?.lastReviewed !== undefined) {
    copy.accessibility.lastReviewed = new Date().toISOString().slice(0, 10)
  }
  return copy
}

test.each(['studio', 'cli'] as const)(
  'every sample document validates with no errors and no warnings (%s environment)',
  async (environment) => {
    const results = await Promise.all(
      sample.map(reviewedToday).map(async (doc) => ({
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
