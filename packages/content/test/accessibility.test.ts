import { ACCESSIBILITY_REVIEW_DAYS, accessibilityReviewWarning } from '../src/rules'
import { check, problemsOf, sampleDocs } from './helpers'

const DAY = 24 * 60 * 60 * 1000
const NOW = new Date('2026-12-06T12:00:00Z')

describe('accessibilityReviewWarning', () => {
  test('a review within the last year raises nothing', () => {
    expect(accessibilityReviewWarning('2026-11-16', NOW)).toBeNull()
    expect(accessibilityReviewWarning('2025-12-06', NOW)).toBeNull() // exactly 365 days
  })

  test('a review more than a year old is a warning naming the date and what to do', () => {
    expect(ACCESSIBILITY_REVIEW_DAYS).toBe(365)
    expect(accessibilityReviewWarning('2025-12-05', NOW)).toBe(
      'The website was last checked for accessibility more than a year ago (2025-12-05). Check it again (for example with a screen reader and a keyboard only), then change this date.',
    )
  })

  test('no date, or not a date, is the model’s to report', () => {
    for (const value of [undefined, null, '', 'last year', 20251205, '2025-13-45'])
      expect(accessibilityReviewWarning(value, NOW)).toBeNull()
  })

  test('measured from now: 400 days ago warns, today does not', () => {
    const now = new Date()
    const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString().slice(0, 10)
    expect(accessibilityReviewWarning(daysAgo(400), now)).not.toBeNull()
    expect(accessibilityReviewWarning(daysAgo(0), now)).toBeNull()
  })
})

describe('the accessibility statement in the check', () => {
  test('the sample names its contact and review date', async () => {
    const result = await check(await sampleDocs())
    if (!result.ok) throw new Error('the sample should pass')
    expect(result.content.clinic.accessibility).toEqual({
      contact: {
        name: 'Office manager',
        phone: null,
        email: 'frontdesk@maplegrovepediatrics.example',
      },
      lastReviewed: '2026-11-16',
    })
  })

  test('without the object, no contact and no date: the page falls back to the main phone', async () => {
    const docs = await sampleDocs()
    delete docs.clinic.accessibility
    const result = await check(docs)
    if (!result.ok) throw new Error('a clinic without a statement should pass')
    expect(result.content.clinic.accessibility).toEqual({ contact: null, lastReviewed: null })
  })

  test('a bad phone, email or date fails, naming the field', async () => {
    const docs = await sampleDocs()
    docs.clinic.accessibility = {
      contactPhone: '555',
      contactEmail: 'frontdesk at clinic',
      lastReviewed: 'last spring',
    }
    const problems = await problemsOf(docs)
    expect(problems.map((p) => [p.documentId, p.path])).toEqual([
      ['clinic', 'accessibility.lastReviewed'],
      ['clinic', 'accessibility.contactPhone'],
      ['clinic', 'accessibility.contactEmail'],
    ])
    expect(problems[0]!.message).toBe(
      'Choose the date the website was last checked for accessibility.',
    )
  })
})
