import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { publishedClinic } from './pages'
import { PAPER_SIZES, decodeQrCodes, pdfPageCount, printToPdf } from './print'

/**
 * The front desk's printable sign-up sheet, against the production build: printed by Chromium on
 * Letter and A4, read back with poppler and zbar as a phone's camera would read the paper.
 */

const HANDOUT = '/portal/handout'

/** The address the sample's sheet must carry: its checked sign-up address (it chose sign-up). */
function expectedAddress(): string {
  const { portal } = publishedClinic()
  expect(portal.handoutQrLink).toBe('sign-up')
  expect(portal.signUpUrl).toMatch(/^https:\/\/mychart\.maplegrovehealth\.example\//)
  return portal.signUpUrl!
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`,
  )
}

interface TextBox {
  text: string
  selector: string
  color: string
  background: string
  fontSizePx: number
}

/** Every element of the sheet that shows text of its own, as printed: colours and size. */
async function printedText(page: Page): Promise<TextBox[]> {
  return page.locator('main').evaluate((main) => {
    const background = (el: Element | null): string => {
      for (let e = el; e !== null; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor
        if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg
      }
      return 'rgb(255, 255, 255)'
    }
    const boxes: TextBox[] = []
    for (const el of main.querySelectorAll('*')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
      if (own === '' || el.getClientRects().length === 0) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden') continue
      boxes.push({
        text: own.slice(0, 40),
        selector: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`,
        color: style.color,
        background: background(el),
        fontSizePx: parseFloat(style.fontSize),
      })
    }
    return boxes
  })
}

/** WCAG 2 contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

// CSS pixels per point: 96 / 72.
const PT = 96 / 72

for (const format of PAPER_SIZES) {
  test(`prints on exactly one ${format} page, and its QR code reads back as the checked address`, async ({
    page,
  }) => {
    await page.goto(HANDOUT)
    const pdf = await printToPdf(page, format)
    expect(pdfPageCount(pdf)).toBe(1)
    const address = expectedAddress()
    // One code on the paper, carrying exactly the address the page links to (the PortalHref).
    expect(decodeQrCodes(pdf)).toEqual([address])
    await expect(page.locator('.handout-url a')).toHaveAttribute('href', address)
    // And the portal page's own sign-up link is that same address.
    await page.goto('/portal')
    await expect(page.getByRole('link', { name: /^Sign up for / })).toHaveAttribute('href', address)
  })
}

test('carries no script at all, is noindex, and is not in the sitemap', async ({
  page,
  request,
}) => {
  const html = await (await request.get(HANDOUT)).text()
  expect(html).not.toMatch(/<script\b/i)
  await page.goto(HANDOUT)
  expect(await page.locator('script').count()).toBe(0)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow')
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/portal</loc>')
  expect(sitemap).not.toContain(HANDOUT)
  // The QR code is inline SVG in the HTML, made at build time: the browser fetches no image for it.
  expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/)
})

test('on screen it says how to print it; printed, only the sheet is left', async ({ page }) => {
  await page.goto(HANDOUT)
  const hint = page.getByText('For staff: print this page')
  await expect(hint).toBeVisible()
  await expect(page.getByRole('banner')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(hint).toBeHidden()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'How to sign up for Maple Grove MyChart',
  )
  await expect(
    page.getByText('Ask us for your activation code before you leave today.'),
  ).toBeVisible()
})

test('printed, its text is black on white, at least 12 pt, and the address at least 16 pt', async ({
  page,
}) => {
  await page.goto(HANDOUT)
  await page.emulateMedia({ media: 'print' })
  const boxes = await printedText(page)
  expect(boxes.length).toBeGreaterThan(10)
  const problems: string[] = []
  for (const box of boxes) {
    const ratio = contrast(box.color, box.background)
    // WCAG AA asks 4.5:1 for body text; black on white is 21:1.
    if (ratio < 4.5) problems.push(`${box.selector} "${box.text}": contrast ${ratio.toFixed(2)}`)
    if (box.color !== 'rgb(0, 0, 0)') problems.push(`${box.selector} "${box.text}": ${box.color}`)
    if (box.fontSizePx < 12 * PT - 0.01)
      problems.push(`${box.selector} "${box.text}": ${(box.fontSizePx / PT).toFixed(1)} pt`)
  }
  expect(problems).toEqual([])
  const addressPx = await page
    .locator('.handout-url')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(addressPx).toBeGreaterThanOrEqual(16 * PT - 0.01)
  // The printed address stays inside its box (a long vendor address wraps instead).
  const overflow = await page
    .locator('.handout-url')
    .evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('has no axe violations, on screen and as printed', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(HANDOUT)
  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ media: 'print' })
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})

test('the portal page links to it for staff, below everything patients need', async ({ page }) => {
  await page.goto('/portal')
  const link = page.getByRole('link', { name: 'Print the sign-up sheet' })
  await expect(link).toHaveAttribute('href', HANDOUT)
  // After the "Having trouble?" list: the last thing in the page's main content.
  const after = await link.evaluate((a) => {
    const trouble = document.getElementById('trouble-heading')
    return trouble !== null && (trouble.compareDocumentPosition(a) & 4) !== 0
  })
  expect(after).toBe(true)
  await link.click()
  await expect(page).toHaveURL(HANDOUT)
  await expect(page.getByRole('img', { name: /^QR code that opens the / })).toBeVisible()
})
