import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { PORTAL_HELP_PATH, type SiteContent } from './site'

/**
 * How hard a patient-facing text is to read, as a US school grade (the Flesch-Kincaid grade
 * level). The audience reads at about a 6th-grade level and health-literacy guidance asks for
 * grade 6 to 8, so the Studio warns above `READING_GRADE_LIMIT` and `doorway-content check`
 * prints each page's grade. The formula and the syllable counts come from maintained libraries
 * (`flesch-kincaid`, `syllable`); sentences and words are found with `Intl.Segmenter`.
 */

/** Above this grade the Studio warns (publishing stays possible). */
export const READING_GRADE_LIMIT = 8

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })

/** The words of a text (numbers count as words; punctuation and spaces do not). */
const wordsOf = (text: string): string[] =>
  [...wordSegmenter.segment(text)].flatMap((s) => (s.isWordLike === true ? [s.segment] : []))

/**
 * The sentences of a text, each with its words. A line break also ends a sentence: list items
 * and short lines are read one at a time even without a full stop.
 */
const sentencesOf = (text: string) =>
  text
    .split(/\n+/)
    .flatMap((line) =>
      [...sentenceSegmenter.segment(line)]
        .map(({ segment }) => ({ sentence: segment.trim(), words: wordsOf(segment) }))
        .filter(({ words }) => words.length > 0),
    )

/**
 * The reading level of one or more texts read together (a page's texts), or null when there is
 * nothing to read: the counts the formula uses, the grade rounded to one decimal, and the
 * sentence with the most words (the first one to shorten).
 */
export function readingLevel(texts: string | readonly string[]) {
  const sentences = (typeof texts === 'string' ? [texts] : texts).flatMap(sentencesOf)
  const words = sentences.flatMap((sentence) => sentence.words)
  if (words.length === 0) return null
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0)
  const counts = { sentences: sentences.length, words: words.length, syllables }
  const grade = fleschKincaid({
    sentence: counts.sentences,
    word: counts.words,
    syllable: syllables,
  })
  // The first of the longest, as a reader meets them.
  const longest = sentences.reduce((a, b) => (b.words.length > a.words.length ? b : a))
  return { ...counts, grade: Math.round(grade * 10) / 10, longestSentence: longest.sentence }
}

/**
 * The warning the Studio shows under a text that reads above the limit, or null. It names the
 * grade and the longest sentence, in an office manager's words.
 */
export function readingLevelWarning(text: unknown): string | null {
  if (typeof text !== 'string') return null
  const level = readingLevel(text)
  if (level === null || level.grade <= READING_GRADE_LIMIT) return null
  const sentence =
    level.sentences > 1
      ? ` Start with the longest sentence: “${level.longestSentence}”`
      : ' Split it into shorter sentences, with shorter words.'
  return `This reads at about grade ${Math.round(level.grade)}; most patients read best at grade ${READING_GRADE_LIMIT} or below.${sentence}`
}

/**
 * The texts the office manager wrote for each page, in page order: what `doorway-content check`
 * grades. Fixed words of the pages (headings, "Sign in") are the site's, and graded with the
 * rendered page in the site's own tests. Location pages show names, addresses and hours only.
 */
export function officeTextsByPage(site: SiteContent): { path: string; texts: string[] }[] {
  const { clinic, portal } = site
  const { help } = portal
  const outage = portal.outageNotice === null ? [] : [portal.outageNotice.message]
  return [
    { path: '/', texts: [portal.explanation, ...outage] },
    {
      path: '/portal',
      texts: [
        ...outage,
        clinic.emergencyMessage,
        portal.explanation,
        ...portal.features,
        portal.signUpInstructions,
        portal.familyAccess.summary,
        portal.familyAccess.afterThatAge,
        ...portal.triage.flatMap((row) => [row.problem, row.whatToDo]),
        ...(portal.otherPortals.length === 0
          ? []
          : [portal.useThisIf ?? '', ...portal.otherPortals.map((other) => other.useThisIf)]),
      ].filter((text) => text !== ''),
    },
    {
      path: PORTAL_HELP_PATH,
      texts: [
        help.testResults?.whatToExpect ?? '',
        help.records?.howToAsk ?? '',
        help.whatYouNeed ?? '',
      ].filter((text) => text !== ''),
    },
  ]
}
