import { textDirection } from '@doorway/languages'
import { expect, test } from '@playwright/test'
import { PAGES } from './pages'

/** The Section 1557 page (45 CFR 92.10, 92.11), against the production build. */
test.describe('/language-assistance', () => {
  test('lists each tagline in its own language and direction, with the main phone', async ({
    page,
  }) => {
    await page.goto('/language-assistance')
    const items = page.locator('.taglines li')
    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        lang: li.getAttribute('lang') ?? '',
        dir: li.getAttribute('dir') ?? '',
        text: li.textContent ?? '',
      })),
    )
    expect(rows.length).toBeGreaterThanOrEqual(15)
    for (const row of rows) {
      expect(row.dir).toBe(textDirection(row.lang))
      expect(row.text).toContain('(217) 555-0100')
      expect(row.text).not.toContain('{phone}')
    }
    expect(rows.filter((row) => row.dir === 'rtl').map((row) => row.lang)).toEqual(['ar', 'ur'])
    // The notice of nondiscrimination and where to complain.
    await expect(
      page.getByRole('heading', { level: 2, name: 'We treat everyone fairly' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'online at ocrportal.hhs.gov' })).toHaveAttribute(
      'href',
      'https://ocrportal.hhs.gov/ocr/portal/lobby.jsf',
    )
  })
})

for (const { path } of PAGES) {
  test(`${path}: the footer links to the language-help page in English and Spanish`, async ({
    page,
  }) => {
    await page.goto(path)
    const link = page.locator('footer').getByRole('link', { name: /Free language help/ })
    await expect(link).toHaveAttribute('href', '/language-assistance')
    await expect(link.locator('[lang="es"]')).toHaveText('Ayuda gratis con el idioma')
  })
}
