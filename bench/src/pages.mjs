// The pages the bench measures, written once: page weight and Lighthouse load them, and the budgets
// and the report find the portal page here. Paths come from the site's one path builder.
import { DEFAULT_LANGUAGE, englishName } from '@doorway/languages'
import { pagePath } from '@doorway/web/page-meta'
/** @import { PageRoute } from '@doorway/web/page-meta' */
/** @import { MeasuredPage, SkippedPage } from './types' */

/** The doorway page: its total transfer is budgeted, the physical floor is cut from it, load runs on it. */
export const PORTAL_PATH = pagePath({ page: 'portal' })

/** The sample clinic's second language (issue 16 budgets it): its pages are measured when the site has it. */
export const SECOND_LANGUAGE = 'es'

/**
 * English pages whose twin in the second language is measured too.
 * @type {PageRoute[]}
 */
const TRANSLATED = [{ page: 'portal' }, { page: 'language-assistance' }]

/**
 * Every page page weight and Lighthouse measure, English first: the home page, the portal, the first
 * location, the language-assistance page, then the Spanish portal and language-assistance pages.
 * @param {string} locationSlug the first published location's slug
 * @returns {MeasuredPage[]}
 */
export function measuredPages(locationSlug) {
  /** @type {PageRoute[]} */
  const english = [
    { page: 'home' },
    { page: 'portal' },
    { page: 'location', slug: locationSlug },
    { page: 'language-assistance' },
  ]
  return [
    ...english.map((key) => ({
      path: pagePath(key),
      language: DEFAULT_LANGUAGE,
      english: pagePath(key),
    })),
    ...TRANSLATED.map((key) => ({
      path: pagePath(key, SECOND_LANGUAGE),
      language: SECOND_LANGUAGE,
      english: pagePath(key),
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
    const status = page.language === DEFAULT_LANGUAGE ? null : await statusOf(page.path)
    if (status === 404) {
      skipped.push({
        ...page,
        // The dataset has no live language `page.language`, or the site does not route it yet.
        reason: `answered 404: the site has no ${englishName(page.language)} edition yet`,
      })
    } else measure.push(page)
  }
  return { measure, skipped }
}
