import type { RawDocument } from '@doorway/content'
import { accessibilityReviewWarning } from '@doorway/content/rules'
import { copyOf, errorsOf, loadSample, validate } from './harness'

// The accessibility statement's fields: the same phone and email rules as everywhere, and a
// warning (never an error) when the review date is more than a year old.

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const DAY = 24 * 60 * 60 * 1000
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10)

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

function clinicWith(accessibility: Record<string, unknown>): RawDocument {
  const clinic = copyOf(sample, 'clinic') as Doc
  clinic.accessibility = { _type: 'accessibility', ...accessibility }
  return clinic as RawDocument
}

test('a review more than a year old warns on the date field, and the clinic can still publish', async () => {
  const date = daysAgo(400)
  const markers = await validate(clinicWith({ lastReviewed: date }), sample)
  expect(markers).toEqual([
    {
      level: 'warning',
      path: 'accessibility.lastReviewed',
      message: accessibilityReviewWarning(date, new Date()),
    },
  ])
})

test('a review within the year raises nothing', async () => {
  expect(await validate(clinicWith({ lastReviewed: daysAgo(30) }), sample)).toEqual([])
})

test('the contact’s phone and email must be real', async () => {
  const errors = await errorsOf(
    clinicWith({ contactPhone: '555', contactEmail: 'front desk' }),
    sample,
  )
  expect(errors.map((e) => e.path)).toEqual([
    'accessibility.contactPhone',
    'accessibility.contactEmail',
  ])
})
