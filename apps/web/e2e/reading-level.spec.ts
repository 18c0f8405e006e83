import { readingLevel } from '@doorway/content/reading-level'
import { expect, test } from '@playwright/test'

/**
 * The sample clinic's patient pages read at grade 6 or below (Flesch-Kincaid), graded on what a
 * parent sees: the rendered main content, the site's fixed words and the office manager's texts
 * together, against the production build.
 */
for (const path of ['/', '/portal']) {
  test(`${path} reads at grade 6 or below`, async ({ page }) => {
    await page.goto(path)
    // innerText keeps the line breaks between headings, list items and paragraphs.
    const text = await page.locator('main').innerText()
    const level = readingLevel(text)
    expect(level).not.toBeNull()
    expect(level!.words).toBeGreaterThan(50)
    expect(level!.grade, `longest sentence: ${level!.longestSentence}`).toBeLessThanOrEqual(6)
  })
}
