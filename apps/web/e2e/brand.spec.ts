import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { PAGES, publishedClinic } from './pages'

// The clinic's look on the built site (the sample sets a logo and two colours): the logo in every
// header, from the site itself, at its given size with no layout shift; the colours from a
// same-origin stylesheet (the CSP allows no inline style); two columns on /portal at 1280 px.
// Axe runs on every page in site.spec.ts, with this logo and these colours.

interface SampleBrand {
  logo: { asset: { _ref: string }; alt: string }
  mainColor: string
  secondColor: string
}

const brand = (publishedClinic() as unknown as { brand: SampleBrand }).brand
const [, hash, w, h, ext] = /^image-([0-9a-f]{40})-(\d+)x(\d+)-(\w+)$/.exec(brand.logo.asset._ref)!
const LOGO_PATH = `/brand/images/${hash}-${w}x${h}.${ext}`
const datasetFile =
  process.env.CONTENT_DATASET ?? require.resolve('@doorway/content/sample-dataset')
const LOGO_BYTES = readFileSync(join(dirname(datasetFile), 'images', `${hash}-${w}x${h}.${ext}`))

const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/** Layout shifts since the page started loading, as Chromium reports them. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            total += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )
}

for (const { path } of PAGES) {
  test(`${path}: the logo in the header, the brand colours, no script`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'load' })
    const home = page.getByRole('banner').getByRole('link', { name: brand.logo.alt, exact: true })
    const logo = home.getByRole('img', { name: brand.logo.alt })
    await expect(logo).toHaveAttribute('src', LOGO_PATH)
    await expect(logo).toHaveAttribute('width', String(Math.round((40 * Number(w)) / Number(h))))
    await expect(logo).toHaveAttribute('height', '40')
    expect(
      await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true)
    // The colours come from the brand stylesheet, linked in the head.
    const sheet = `/brand/colors/${brand.mainColor.slice(1)}-${brand.secondColor.slice(1)}.css`
    await expect(page.locator(`head link[rel="stylesheet"][href="${sheet}"]`)).toHaveCount(1)
    const header = page.getByRole('banner')
    expect(await header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgb(brand.mainColor),
    )
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).color)).toBe(
      path === '/portal/handout' ? 'rgb(0, 0, 0)' : rgb(brand.secondColor),
    )
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0)
  })
}

test('the logo and the stylesheet are this site’s own files: the logo is exactly its bytes', async ({
  request,
}) => {
  const logo = await request.get(LOGO_PATH)
  expect(logo.status()).toBe(200)
  expect(logo.headers()['content-type']).toBe('image/svg+xml')
  expect(logo.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(logo.headers()['content-security-policy']).toContain("script-src 'none'")
  expect(Buffer.from(await logo.body())).toEqual(LOGO_BYTES)
  const css = await request.get(
    `/brand/colors/${brand.mainColor.slice(1)}-${brand.secondColor.slice(1)}.css`,
  )
  expect(css.status()).toBe(200)
  expect(css.headers()['content-type']).toBe('text/css; charset=utf-8')
  expect(await css.text()).toContain(`--brand:${brand.mainColor};`)
  // A colour the rule refuses is never served, nor any other file.
  expect((await request.get('/brand/colors/e07b39-x.css')).status()).toBe(404)
  expect((await request.get('/brand/images/..%2Fclinic.ndjson')).status()).toBe(404)
})

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  test(`the logo causes no layout shift (CLS 0) at ${viewport.width} px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    for (const path of ['/', '/portal']) {
      await page.goto(path, { waitUntil: 'load' })
      expect(await layoutShift(page), path).toBe(0)
      // The header row is the logo's height with its plate, as with the clinic's name.
      const box = (await page.getByRole('banner').getByRole('img').boundingBox())!
      expect(box.height, path).toBe(44)
    }
    await context.close()
  })
}

test('at 1280 px /portal puts the sign-in card beside the explanation; at 375 px above it', async ({
  browser,
}) => {
  const boxes = async (width: number, height: number) => {
    const context = await browser.newContext({ viewport: { width, height } })
    const page = await context.newPage()
    await page.goto('/portal')
    const signIn = (await page.locator('section.sign-in').boundingBox())!
    const explanation = (await page.locator('p.lead').boundingBox())!
    const emergency = (await page.locator('section.emergency').boundingBox())!
    // The sample has a second portal: "Which portal is mine?" sits between the card and 911.
    const whichPortal = (await page.locator('section.which-portal-choice').boundingBox())!
    const footer = (await page.locator('footer').boundingBox())!
    const main = (await page.locator('main').boundingBox())!
    await context.close()
    return { signIn, explanation, emergency, whichPortal, footer, main }
  }
  const wide = await boxes(1280, 800)
  // Side by side: the card left of the explanation, their tops level.
  expect(wide.signIn.x + wide.signIn.width).toBeLessThan(wide.explanation.x)
  expect(Math.abs(wide.signIn.y - wide.explanation.y)).toBeLessThan(8)
  // 911 right under the card, in the same column; the page is wider than the phone column.
  expect(wide.emergency.x).toBe(wide.signIn.x)
  expect(wide.emergency.y).toBeGreaterThan(wide.signIn.y + wide.signIn.height)
  // "Which portal is mine?" belongs to the way in: the same column, between the card and 911.
  expect(wide.whichPortal.x).toBe(wide.signIn.x)
  expect(wide.whichPortal.y).toBeGreaterThan(wide.signIn.y + wide.signIn.height)
  expect(wide.whichPortal.y + wide.whichPortal.height).toBeLessThanOrEqual(wide.emergency.y)
  expect(wide.main.width).toBeGreaterThan(1000)
  // The footer stays below both columns.
  expect(wide.footer.y).toBeGreaterThanOrEqual(wide.emergency.y + wide.emergency.height)

  const phone = await boxes(375, 667)
  expect(phone.explanation.y).toBeGreaterThanOrEqual(phone.emergency.y + phone.emergency.height)
  expect(phone.signIn.x).toBe(phone.explanation.x)
})
