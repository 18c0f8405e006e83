// The pages the bench measures, written once: page weight and Lighthouse load them, the budgets and
// the report find the portal page here, and hostile load sends its normal traffic to them.
import { locationPath } from '@doorway/content/site'
import { englishName } from '@doorway/languages'
/** @import { MeasuredPage, SkippedPage } from './types' */

/** The doorway page: its total transfer is budgeted, the physical floor is cut from it, load runs on it. */
export const PORTAL_PATH = '/portal'
/** The Section 1557 notices (issue 16). */
export const LANGUAGE_ASSISTANCE_PATH = '/language-assistance'

/** The sample clinic's second language (issue 16 budgets it): its pages are measured when the site has it. */
export const SECOND_LANGUAGE = 'es'

/** English pages whose twin in the second language is measured too. */
const TRANSLATED = [PORTAL_PATH, LANGUAGE_ASSISTANCE_PATH]

/**
 * The path of an English page in another language: the tag lower-cased before the English path
 * (`/es/portal`, `/es` for the home page), the rule of issue 16 that the site's `pagePath(key, lang)`
 * implements.
 * @param {string} tag
 * @param {string} englishPath
 */
export function editionPath(tag, englishPath) {
  const prefix = `/${tag.toLowerCase()}`
  return englishPath === '/' ? prefix : `${prefix}${englishPath}`
}

/**
 * Every page page weight and Lighthouse measure, English first: the home page, the portal, the first
 * location, the language-assistance page, then the Spanish portal and language-assistance pages.
 * @param {string} locationSlug the first published location's slug
 * @returns {MeasuredPage[]}
 */
export function measuredPages(locationSlug) {
  return [
    ...['/', PORTAL_PATH, locationPath(locationSlug), LANGUAGE_ASSISTANCE_PATH].map((path) => ({
      path,
      language: 'en',
      english: path,
    })),
    ...TRANSLATED.map((english) => ({
      path: editionPath(SECOND_LANGUAGE, english),
      language: SECOND_LANGUAGE,
      english,
    })),
  ]
}

/**
 * Splits the pages into those to measure and those skipped: a page in another language that answers
 * 404 (the site has no such edition yet) is skipped with a note, so the bench still measures the
 * rest and the budgets on it read "not measured". Any other answer is measured, so a broken English
 * page (or a Spanish page answering 500) still fails its section.
 * @param {MeasuredPage[]} pages
 * @param {(path: string) => Promise<number>} statusOf the HTTP status the site answers for a path
 * @returns {Promise<{ measure: MeasuredPage[], skipped: SkippedPage[] }>}
 */
export async function probePages(pages, statusOf) {
  /** @type {MeasuredPage[]} */
  const measure = []
  /** @type {SkippedPage[]} */
  const skipped = []
  for (const page of pages) {
    const status = page.language === 'en' ? null : await statusOf(page.path)
    if (status === 404) {
      skipped.push({
        ...page,
        reason: `answered 404: the site has no ${englishName(page.language)} edition (the dataset has no live \`${page.language}\` language, or the site does not route it yet)`,
      })
    } else measure.push(page)
  }
  return { measure, skipped }
}
