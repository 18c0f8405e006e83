import { expect, test } from '@playwright/test'
import { PAGES, publishedClinic } from './pages'

/** The phones the first-screen rule is checked on: a small one and a common one. */
const PHONES = [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
] as const

for (const viewport of PHONES) {
  test(`/portal: the sign-in button is on the first screen at ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    await page.goto('/portal')
    const signIn = page.getByRole('main').getByRole('link', { name: /^Sign in to / })
    await expect(signIn).toHaveCount(1)
    const box = await signIn.boundingBox()
    expect(box).not.toBeNull()
    const { x, y, width, height } = box!
    // Recorded in the report, so the measurement is there to read, not only pass or fail.
    test.info().annotations.push({
      type: 'sign-in button',
      description: `${viewport.width}×${viewport.height}: top ${y.toFixed(0)} px, bottom ${(y + height).toFixed(0)} px`,
    })
    console.info(
      `[first-screen] ${viewport.width}x${viewport.height} sign-in button top=${y.toFixed(1)} bottom=${(y + height).toFixed(1)}`,
    )
    // Fully inside the viewport on load, with no scrolling.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    expect(y).toBeGreaterThanOrEqual(0)
    expect(x).toBeGreaterThanOrEqual(0)
    expect(y + height).toBeLessThanOrEqual(viewport.height)
    expect(x + width).toBeLessThanOrEqual(viewport.width)
    await context.close()
  })
}

for (const { path } of PAGES) {
  test(`${path}: the header has a compact Sign in link to the portal`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONES[0] })
    const page = await context.newPage()
    await page.goto(path)
    const signIn = page.getByRole('banner').getByRole('link', { name: /^Sign in\b/ })
    await expect(signIn).toHaveCount(1)
    await expect(signIn).toHaveAttribute('href', publishedClinic().portal.signInUrl)
    await expect(signIn).toHaveAttribute('rel', 'noopener noreferrer')
    // Compact on screen ("Sign in"), a full tap target, and on the first screen of a small phone.
    const visibleText = await signIn.evaluate((el) =>
      [...el.childNodes]
        .filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden')))
        .map((n) => n.textContent)
        .join(''),
    )
    expect(visibleText).toBe('Sign in')
    const box = await signIn.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    expect(box?.width).toBeGreaterThanOrEqual(44)
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONES[0].height)
    await context.close()
  })
}

test('the header’s Sign in link has a visible focus outline', async ({ page }) => {
  await page.goto('/portal')
  const signIn = page.getByRole('banner').getByRole('link', { name: /^Sign in\b/ })
  // Skip link, clinic name, then Sign in.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
  await expect(signIn).toBeFocused()
  const outline = await signIn.evaluate((el) => {
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
  expect(outline.style).not.toBe('none')
  expect(outline.width).toBeGreaterThanOrEqual(2)
})
