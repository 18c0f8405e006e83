import assert from 'node:assert/strict'
import { test } from 'node:test'
import { measuredPages, probePages } from '../src/pages.mjs'

const PORTAL_PATH = '/portal'
const LANGUAGE_ASSISTANCE_PATH = '/language-assistance'

test('the measured pages: English first, then the Spanish portal and language-assistance pages', () => {
  assert.deepEqual(
    measuredPages('downtown').map((p) => [p.path, p.language, p.english]),
    [
      ['/', 'en', '/'],
      [PORTAL_PATH, 'en', PORTAL_PATH],
      ['/locations/downtown', 'en', '/locations/downtown'],
      [LANGUAGE_ASSISTANCE_PATH, 'en', LANGUAGE_ASSISTANCE_PATH],
      ['/es/portal', 'es', PORTAL_PATH],
      ['/es/language-assistance', 'es', LANGUAGE_ASSISTANCE_PATH],
    ],
  )
})

/**
 * A site answering `status` per path (200 for any other), recording the paths it was asked for.
 * @param {Record<string, number>} statuses
 */
function site(statuses) {
  /** @type {string[]} */
  const asked = []
  return {
    asked,
    statusOf: async (/** @type {string} */ path) => {
      asked.push(path)
      return statuses[path] ?? 200
    },
  }
}

test('a Spanish page that answers 404 is skipped with the reason; the rest are measured in order', async () => {
  const pages = measuredPages('downtown')
  const s = site({ '/es/portal': 404, '/es/language-assistance': 404 })
  const { measure, skipped } = await probePages(pages, s.statusOf)
  assert.deepEqual(
    measure.map((p) => p.path),
    ['/', '/portal', '/locations/downtown', '/language-assistance'],
  )
  assert.deepEqual(
    skipped.map((p) => [p.path, p.english]),
    [
      ['/es/portal', PORTAL_PATH],
      ['/es/language-assistance', LANGUAGE_ASSISTANCE_PATH],
    ],
  )
  for (const p of skipped) assert.match(p.reason, /^answered 404: the site has no Spanish edition/)
  // Only the pages in another language are asked about: an English page is always measured.
  assert.deepEqual(s.asked, ['/es/portal', '/es/language-assistance'])
})

test('a site with Spanish has every page measured', async () => {
  const pages = measuredPages('downtown')
  const { measure, skipped } = await probePages(pages, site({}).statusOf)
  assert.deepEqual(measure, pages)
  assert.deepEqual(skipped, [])
})

test('only a 404 skips a page: a Spanish page answering 500 is measured, so its section fails loudly', async () => {
  const pages = measuredPages('downtown')
  const { measure, skipped } = await probePages(pages, site({ '/es/portal': 500 }).statusOf)
  assert.ok(measure.some((p) => p.path === '/es/portal'))
  assert.deepEqual(skipped, [])
})
