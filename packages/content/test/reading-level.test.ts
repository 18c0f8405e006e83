import {
  officeTextsByPage,
  READING_GRADE_LIMIT,
  readingLevel,
  readingLevelWarning,
} from '../src/reading-level'
import { check, sampleDocs } from './helpers'

describe('readingLevel', () => {
  // The flesch-kincaid library's documented example (a sentence from the Flesch–Kincaid article
  // on Wikipedia): 1 sentence, 13 words, 26 syllables, grade 13.08.
  test('the platypus sentence: the counts and grade its formula library publishes', () => {
    expect(
      readingLevel(
        'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
      ),
    ).toMatchObject({ sentences: 1, words: 13, syllables: 26, grade: 13.1 })
  })

  // Flesch's reading ease of "The cat sat on the mat." is 116 (Wikipedia, Flesch–Kincaid
  // readability tests): the same counts give grade -1.45.
  test('"The cat sat on the mat.": counts that give Flesch’s published reading ease of 116', () => {
    const level = readingLevel('The cat sat on the mat.')!
    expect(level).toMatchObject({ sentences: 1, words: 6, syllables: 6, grade: -1.4 })
    const ease =
      206.835 - 1.015 * (level.words / level.sentences) - 84.6 * (level.syllables / level.words)
    expect(Math.round(ease)).toBe(116)
  })

  test('a plain rewrite reads lower than the jargon it replaces', () => {
    const jargon = readingLevel(
      'Utilize the electronic communication functionality for non-urgent clinical correspondence.',
    )!
    const plain = readingLevel('Send us a message when it is not urgent.')!
    expect(plain.grade).toBeLessThan(jargon.grade)
    expect(jargon.grade).toBeGreaterThan(READING_GRADE_LIMIT)
  })

  test('line breaks end sentences; numbers are words; punctuation is not', () => {
    expect(readingLevel('See test results\nPay a bill')).toMatchObject({
      sentences: 2,
      words: 6,
      longestSentence: 'See test results',
    })
    // Codes, last, 30, days, call, 217, 555, 0100: not the dash, the brackets or the full stop.
    expect(readingLevel('Codes last 30 days — call (217) 555-0100.')).toMatchObject({
      sentences: 1,
      words: 8,
    })
  })

  test('texts read together count every sentence once and name the longest', () => {
    const level = readingLevel(['Call us.', 'We answer the phone from 8 am to 5 pm on weekdays.'])!
    expect(level.sentences).toBe(2)
    expect(level.longestSentence).toBe('We answer the phone from 8 am to 5 pm on weekdays.')
  })

  test('nothing to read gives null', () => {
    expect(readingLevel('')).toBeNull()
    expect(readingLevel(['  ', '—'])).toBeNull()
  })
})

describe('readingLevelWarning', () => {
  test('plain text and non-text raise nothing', () => {
    expect(readingLevelWarning('Call us. We can help.')).toBeNull()
    expect(readingLevelWarning(undefined)).toBeNull()
    expect(readingLevelWarning(42)).toBeNull()
  })

  test('hard text names its grade and the longest sentence', () => {
    const warning = readingLevelWarning(
      'Call us. Patients may utilize the electronic communication functionality to correspond asynchronously with designated practitioners.',
    )
    expect(warning).toMatch(
      /^This reads at about grade \d+; most patients read best at grade 8 or below\. Start with the longest sentence: “Patients may utilize .* practitioners\.”$/,
    )
  })

  test('one long sentence is asked to be split', () => {
    expect(
      readingLevelWarning(
        'Patients may utilize the electronic communication functionality to correspond asynchronously with designated practitioners',
      ),
    ).toMatch(/Split it into shorter sentences, with shorter words\.$/)
  })
})

describe('officeTextsByPage', () => {
  test('the sample clinic’s texts read at grade 6 or below on every page', async () => {
    const checked = await check(await sampleDocs())
    if (!checked.ok) throw new Error('the sample should pass the check')
    const pages = officeTextsByPage(checked.content)
    expect(pages.map((page) => page.path)).toEqual(['/', '/portal', '/portal/help'])
    for (const { texts } of pages) expect(readingLevel(texts)!.grade).toBeLessThanOrEqual(6)
  })
})
