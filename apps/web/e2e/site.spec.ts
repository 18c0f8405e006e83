import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { PAGES, PAGES_IN_EVERY_LANGUAGE, publishedClinic } from './pages'

/** A Content-Security-Policy header as directive name → sources; a repeated directive fails. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(directives.has(name), `${name} appears twice`).toBe(false)
    directives.set(name, sources)
  }
  return directives
}

/** Collects every request a page makes and every CSP violation or script error it logs. */
function watch(page: Page) {
  const requests: string[] = []
  const problems: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (
      message.type() === 'error' ||
      /Content Security Policy|Permissions-Policy/.test(message.text())
    ) {
      problems.push(message.text())
    }
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return { requests, problems }
}

for (const { path, status, lang } of PAGES_IN_EVERY_LANGUAGE) {
  test.describe(`page ${path}`, () => {
    test('renders with one h1, landmarks, the portal in header and footer, and no form', async ({
      page,
    }) => {
      const seen = watch(page)
      const response = await page.goto(path)
      expect(response?.status()).toBe(status)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page.getByRole('banner')).toHaveCount(1)
      await expect(page.getByRole('main')).toHaveCount(1)
      await expect(page.getByRole('contentinfo')).toHaveCount(1)
      // The menu's words are checked in English (each catalog has its own tests).
      if (lang === 'en') {
        await expect(
          page.getByRole('banner').getByRole('link', { name: /Patient portal/ }),
        ).toHaveAttribute('href', '/portal')
      }
      await expect(
        page.getByRole('contentinfo').locator(`a[href="${publishedClinic().portal.signInUrl}"]`),
      ).toHaveCount(1)
      await expect(page.locator('form')).toHaveCount(0)
      // 404s log their status as a console error in Chromium; anything else is a real problem.
      const real = seen.problems.filter((p) => !(status === 404 && /status of 404/.test(p)))
      expect(real).toEqual([])
    })

    test('sends every security header', async ({ request }) => {
      const response = await request.get(path)
      const headers = response.headers()
      // Written out here rather than imported, so weakening a header in the code fails this test.
      const csp = parseCsp(headers['content-security-policy'] ?? '')
      expect(csp.get('default-src')).toEqual(["'self'"])
      expect(csp.get('form-action')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('base-uri')).toEqual(["'none'"])
      expect(csp.get('frame-src')).toEqual(["'none'"])
      // No script at all: published pages ship none (see the README and zero-js.spec.ts).
      expect(csp.get('script-src')).toEqual(["'none'"])
      for (const [name, sources] of csp) {
        for (const source of sources) {
          expect(source, name).not.toMatch(/^(https?:|\*|\w[\w-]*\.\w)|unsafe-eval/)
        }
      }
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['cross-origin-opener-policy']).toBe('same-origin')
      const permissions = (headers['permissions-policy'] ?? '').split(/,\s*/)
      for (const feature of [
        'camera',
        'microphone',
        'geolocation',
        'payment',
        'usb',
        'serial',
        'hid',
        'display-capture',
        'browsing-topics',
        'publickey-credentials-get',
      ]) {
        expect(permissions, feature).toContain(`${feature}=()`)
      }
      // Every listed feature is switched off, none allowed for anyone.
      for (const entry of permissions) expect(entry).toMatch(/^[a-z-]+=\(\)$/)
      expect(headers['x-powered-by']).toBeUndefined()
    })

    test('makes no request that leaves localhost', async ({ page }) => {
      const seen = watch(page)
      await page.goto(path, { waitUntil: 'networkidle' })
      expect(seen.requests.length).toBeGreaterThan(0)
      const offsite = seen.requests.filter(
        (url) => new URL(url).hostname !== 'localhost' && !url.startsWith('data:'),
      )
      expect(offsite).toEqual([])
    })

    test('has no axe violations (WCAG 2.2 AA and best practice)', async ({ browser }) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(path)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`,
        ),
      ).toEqual([])
      await context.close()
    })
  })
}

test('static files and metadata routes carry the headers too', async ({ request }) => {
  for (const path of ['/robots.txt', '/sitemap.xml', '/icon.svg']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-security-policy'], path).toContain("default-src 'self'")
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff')
  }
})

test('the portal page’s sign-in link goes to the vendor’s URL from the dataset, off-site', async ({
  page,
}) => {
  await page.goto('/portal')
  const signIn = page.getByRole('main').getByRole('link', { name: /^Sign in to / })
  await expect(signIn).toHaveCount(1)
  await expect(signIn).toHaveAttribute('href', publishedClinic().portal.signInUrl)
  await expect(signIn).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(page.getByText('It is separate from this website.')).toBeVisible()
  // Every link to another site carries rel="noopener noreferrer".
  for (const link of await page.locator('a[href^="http"]').all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  }
  // The sign-in target is at least 44 px tall.
  const box = await signIn.boundingBox()
  expect(box?.height).toBeGreaterThanOrEqual(44)
})

test('keyboard alone reaches and activates the sign-in link', async ({ page }) => {
  const vendorUrl = publishedClinic().portal.signInUrl
  // Stand in for the vendor's site so the test stays offline.
  await page.route(`${new URL(vendorUrl).origin}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<title>Vendor</title><h1>Vendor sign-in</h1>',
    }),
  )
  await page.goto('/portal')
  let reached = false
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await page.evaluate(
      (href) =>
        document.activeElement instanceof HTMLAnchorElement &&
        document.activeElement.href === href &&
        document.activeElement.closest('main') !== null,
      vendorUrl,
    )
  }
  expect(reached).toBe(true)
  await expect(page.locator(':focus')).toHaveText(/^Sign in to /)
  await Promise.all([page.waitForURL(vendorUrl), page.keyboard.press('Enter')])
  expect(page.url()).toBe(vendorUrl)
})

test('the first Tab lands on the skip link, which moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/portal')
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveText('Skip to main content')
  await page.keyboard.press('Enter')
  await expect(page.locator(':focus')).toHaveAttribute('id', 'main')
})

test('location pages carry MedicalClinic JSON-LD; sitemap and robots list the site', async ({
  page,
  request,
}) => {
  await page.goto('/locations/downtown')
  const raw = await page.locator('script[type="application/ld+json"]').textContent()
  const ld = JSON.parse(raw ?? '{}')
  const clinic = ld['@graph'][0]
  expect(clinic['@type']).toBe('MedicalClinic')
  expect(clinic['@id']).toMatch(/\/locations\/downtown#clinic$/)
  expect(clinic.telephone).toBe('+12175550101')
  expect(clinic.medicalSpecialty).toBe('Pediatric')
  expect(clinic.openingHoursSpecification).toHaveLength(7)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/locations\/downtown$/,
  )

  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of [
    '/portal',
    '/locations/downtown',
    '/locations/northside',
    '/locations/riverside',
  ]) {
    expect(sitemap).toContain(`${path}</loc>`)
  }
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('a 390 px wide screenshot of /portal for review', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
  })
  const page = await context.newPage()
  await page.goto('/portal')
  // No horizontal scrolling at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.screenshot({ path: '../../docs/screenshots/portal-390.png', fullPage: true })
  await context.close()
})

test('fits a 320 px screen (and so 200% zoom of 640 px) without horizontal scrolling', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
  const page = await context.newPage()
  for (const path of ['/', '/portal', '/locations/northside']) {
    await page.goto(path)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      path,
    ).toBeLessThanOrEqual(320)
  }
  await context.close()
})

test('the build read the whole site with one content query', () => {
  // package.json's test:e2e builds with DOORWAY_QUERY_LOG pointing here: one line per query.
  const log = readFileSync(join(__dirname, '../test-results/build-content-queries.log'), 'utf8')
  const queries = log.split('\n').filter((line) => line.trim() !== '')
  expect(queries).toHaveLength(1)
  expect(queries[0]).toContain('perspective=published')
})

for (const { path } of PAGES) {
  test(`phone links on ${path} read as one line, with the number written out`, async ({ page }) => {
    await page.goto(path)
    await page.getByRole('contentinfo').waitFor()
    const texts = await page.locator('a[href^="tel:"]').allInnerTexts()
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) {
      // As a sighted person reads it: "Call Front desk: (217) 555-0134", never "desk:(217)…".
      expect(text).toMatch(/^Call ([^\n]+: \(\d{3}\) \d{3}-\d{4}|911)$/)
    }
  })
}

for (const { path } of PAGES.filter((p) => p.status === 404)) {
  test(`the 404 at ${path} says "Page not found" in the browser tab`, async ({ page }) => {
    await page.goto(path)
    await expect(page).toHaveTitle(/^Page not found \| /)
    await expect(page.getByRole('link', { name: 'Go to the patient portal page' })).toBeVisible()
  })
}
