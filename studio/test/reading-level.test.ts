import type { RawDocument } from '@doorway/content'
import { READING_GRADE_LIMIT, readingLevel } from '@doorway/content/reading-level'
import { inEnglish } from '../validation/translated'
import { copyOf, loadSample, setText, validate } from './harness'

// Every long patient-facing text warns (never errs) when it reads above grade 8, naming the
// sentence to shorten; the sample's own texts raise no warning.

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const HARD =
  'Patients may utilize the electronic communication functionality to correspond asynchronously with designated healthcare practitioners regarding non-urgent clinical considerations. Call us.'
const LONGEST = HARD.split('. ')[0] + '.'

/** Each field with the warning, as Sanity writes its path, and how to put a text there. */
const FIELDS: [path: string, put: (clinic: Doc, text: string) => void][] = [
  ['emergencyMessage', (c, t) => setText(c.emergencyMessage, t)],
  ['portal.explanation', (c, t) => setText(c.portal.explanation, t)],
  ['portal.features[FIRST_FEATURE].text', (c, t) => setText(c.portal.features[0].text, t)],
  ['portal.signUpInstructions', (c, t) => setText(c.portal.signUpInstructions, t)],
  ['portal.familyAccess.summary', (c, t) => setText(c.portal.familyAccess.summary, t)],
  ['portal.familyAccess.afterThatAge', (c, t) => setText(c.portal.familyAccess.afterThatAge, t)],
  [
    'portal.outageNotice.message',
    (c, t) =>
      (c.portal.outageNotice = {
        message: inEnglish(t, 'Text'),
        startsAt: '2026-12-01T08:00:00-06:00',
        endsAt: '2026-12-01T12:00:00-06:00',
      }),
  ],
  // Array items are named by key; FIRST_ROW is the sample's first "Having trouble?" row.
  ['portal.triage[FIRST_ROW].problem', (c, t) => setText(c.portal.triage[0].problem, t)],
  ['portal.triage[FIRST_ROW].whatToDo', (c, t) => setText(c.portal.triage[0].whatToDo, t)],
  // "Which portal is mine?" and the portal questions.
  ['portal.useThisIf', (c, t) => setText(c.portal.useThisIf, t)],
  [
    'portal.otherPortals[_key=="riverbend"].useThisIf',
    (c, t) => setText(c.portal.otherPortals[0].useThisIf, t),
  ],
  [
    'portal.helpTopics.testResults.whatToExpect',
    (c, t) => setText(c.portal.helpTopics.testResults.whatToExpect, t),
  ],
  [
    'portal.helpTopics.records.howToAsk',
    (c, t) => setText(c.portal.helpTopics.records.howToAsk, t),
  ],
]

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

test('the hard text reads above the limit', () => {
  expect(readingLevel(HARD)!.grade).toBeGreaterThan(READING_GRADE_LIMIT)
})

test('the sample clinic raises no reading-level warning', async () => {
  const markers = await validate(copyOf(sample, 'clinic'), sample)
  expect(markers.filter((m) => m.message.includes('reads at about grade'))).toEqual([])
})

test('a hard Spanish text raises nothing: the formula is for English only', async () => {
  const clinic = copyOf(sample, 'clinic') as Doc
  setText(clinic.portal.explanation, HARD, 'es')
  const markers = await validate(clinic as RawDocument, sample)
  expect(markers).toEqual([])
})

describe.each(FIELDS)('%s', (path, put) => {
  test('warns above grade 8, names the longest sentence, and still lets the clinic publish', async () => {
    const clinic = copyOf(sample, 'clinic') as Doc
    put(clinic, HARD)
    const markers = await validate(clinic as RawDocument, sample)
    expect(markers.filter((m) => m.level === 'error')).toEqual([])
    const warnings = markers.filter((m) => m.level === 'warning')
    expect(warnings).toHaveLength(1)
    const firstRow = `_key==${JSON.stringify(clinic.portal.triage[0]._key)}`
    const firstFeature = `_key==${JSON.stringify(clinic.portal.features[0]._key)}`
    expect(warnings[0]!.path).toBe(
      path.replace('FIRST_ROW', firstRow).replace('FIRST_FEATURE', firstFeature),
    )
    expect(warnings[0]!.message).toMatch(
      /^This reads at about grade \d+; most patients read best at grade 8 or below\./,
    )
    expect(warnings[0]!.message).toContain(`“${LONGEST}”`)
  })

  test('a plain text raises nothing', async () => {
    const clinic = copyOf(sample, 'clinic') as Doc
    put(clinic, 'Call us. We can help.')
    const markers = await validate(clinic as RawDocument, sample)
    expect(markers).toEqual([])
  })
})
