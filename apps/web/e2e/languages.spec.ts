import { expect, test, type Page } from '@playwright/test'
import {
  inLanguage,
  LIVE_LANGUAGES,
  NOT_LIVE_LANGUAGE,
  PAGES,
  PAGES_IN_EVERY_LANGUAGE,
} from './pages'

/**
 * The site in every live language, against the production build: each page's `lang` and `dir`,
 * its reciprocal `hreflang` links, the language switch (plain links: it works with JavaScript off),
 * a language that is not live answering 404, and the footer's language-help link.
 */

/** The pages with a page of their own in every language (not the 404s). */
const REAL_PAGES = PAGES.filter(({ status }) => status === 200)

/** The `hreflang` links of the page open in `page`: hreflang → absolute URL. */
async function hreflangs(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]))
  return Object.fromEntries(links)
}

for (const { path, status, lang } of PAGES_IN_EVERY_LANGUAGE) {
  test(`${path}: <html lang="${lang}" dir="ltr">, status ${status}`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(status)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  })
}

for (const { path } of REAL_PAGES) {
  test(`${path}: every language's page lists the same hreflang links, itself among them, and x-default`, async ({
    page,
  }) => {
    const seen: Record<string, string>[] = []
    for (const lang of LIVE_LANGUAGES) {
      await page.goto(inLanguage(path, lang))
      const links = await hreflangs(page)
      expect(Object.keys(links).sort()).toEqual([...LIVE_LANGUAGES, 'x-default'].sort())
      for (const other of LIVE_LANGUAGES) {
        expect(new URL(links[other] ?? '').pathname).toBe(inLanguage(path, other))
      }
      expect(links['x-default']).toBe(links.en)
      seen.push(links)
    }
    // Reciprocal: each language's page points at the same set of pages.
    for (const links of seen) expect(links).toEqual(seen[0])
  })
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  for (const { path } of REAL_PAGES) {
    test(`${path}: the header's switch goes to the same page in Spanish and back`, async ({
      page,
    }) => {
      await page.goto(path)
      const toSpanish = page.getByRole('banner').getByRole('link', { name: 'Español' })
      await expect(toSpanish).toHaveAttribute('lang', 'es')
      await expect(toSpanish).toHaveAttribute('hreflang', 'es')
      await toSpanish.click()
      await expect(page).toHaveURL(new RegExp(`${inLanguage(path, 'es')}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', 'es')
      // No link to the page's own language.
      await expect(page.getByRole('banner').getByRole('link', { name: 'Español' })).toHaveCount(0)
      const toEnglish = page.getByRole('banner').getByRole('link', { name: 'English' })
      await expect(toEnglish).toHaveAttribute('lang', 'en')
      await toEnglish.click()
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    })
  }
})

test('the switch sets no cookie, and an Accept-Language header redirects nothing', async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: 'es-MX',
    extraHTTPHeaders: { 'accept-language': 'es-MX,es;q=0.9' },
  })
  const page = await context.newPage()
  const response = await page.goto('/portal')
  expect(response?.status()).toBe(200)
  expect(response?.request().redirectedFrom()).toBeNull()
  expect(new URL(page.url()).pathname).toBe('/portal')
  await page.getByRole('banner').getByRole('link', { name: 'Español' }).click()
  await expect(page).toHaveURL(/\/es\/portal$/)
  expect(await context.cookies()).toEqual([])
  await context.close()
})

for (const path of REAL_PAGES.map(({ path }) => inLanguage(path, NOT_LIVE_LANGUAGE))) {
  test(`${path}: a language that is not live is a 404, with no JavaScript`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(404)
    const html = await response.text()
    expect(html).toContain('lang="en"')
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i)
  })
}

for (const { path, lang } of PAGES_IN_EVERY_LANGUAGE) {
  // In the page's own words, and in English and Spanish at least: the other one marked with its lang.
  const other = lang === 'es' ? 'en' : 'es'
  test(`${path}: the footer links to the language-help page in ${lang}, its words in ${other} too`, async ({
    page,
  }) => {
    await page.goto(path)
    const link = page
      .locator('footer')
      .locator(`a[href="${inLanguage('/language-assistance', lang)}"]`)
    await expect(link).toHaveCount(1)
    await expect(link.locator(`[lang="${other}"]`)).toHaveCount(1)
  })
}

test('the sitemap lists every page in every language, each with its alternates', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const { path } of REAL_PAGES.filter((p) => p.path !== '/portal/handout')) {
    for (const lang of LIVE_LANGUAGES) {
      expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${inLanguage(path, lang)}</loc>`))
    }
  }
  expect(sitemap).toContain('hreflang="es"')
  expect(sitemap).toContain('hreflang="x-default"')
  expect(sitemap).not.toContain(`/${NOT_LIVE_LANGUAGE}/`)
})
