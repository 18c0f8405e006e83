import { expect, test } from '@playwright/test'
import { PAGES } from './pages'

/** The accessibility statement, against the production build. */
test('/accessibility names the standard, whom to tell, and when the site was last checked', async ({
  page,
}) => {
  await page.goto('/accessibility')
  await expect(page).toHaveTitle('Accessibility | Maple Grove Pediatrics')
  await expect(page.getByText(/WCAG 2\.1, level AA/)).toBeVisible()
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: 'Call Maple Grove Pediatrics: (217) 555-0100' }),
  ).toHaveAttribute('href', 'tel:+12175550100')
  await expect(page.locator('main time')).toHaveAttribute('datetime', '2026-11-16')
})

test('/accessibility is in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toMatch(/<loc>[^<]*\/accessibility<\/loc>/)
})

for (const { path } of PAGES) {
  test(`${path}: the footer links to the accessibility statement`, async ({ page }) => {
    await page.goto(path)
    await expect(
      page.locator('footer').getByRole('link', { name: 'Accessibility', exact: true }),
    ).toHaveAttribute('href', '/accessibility')
  })
}
