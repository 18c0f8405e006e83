import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { PAPER_SIZES, decodeQrCodes, pdfPageCount, printToPdf } from './print'

// Set by playwright.preview.config.ts, which also starts `next start` on a copy of the dataset.
const DATASET = process.env.PREVIEW_E2E_DATASET as string
const DRAFT_SECRET = process.env.PREVIEW_E2E_DRAFT_SECRET as string
const WEBHOOK_SECRET = process.env.PREVIEW_E2E_WEBHOOK_SECRET as string
const DIST_DIR = process.env.PREVIEW_E2E_DIST_DIR as string

const DRAFT_PHRASE = 'New this winter: book well-child visits online in MyChart.'
const DRAFT_COOKIE = '__prerender_bypass'
// A string only Sanity's visual-editing overlay code contains (it names the overlay's DOM nodes).
const VISUAL_EDITING_MARKER = 'data-sanity-overlay-element'

// Every way we know of to make a `redirect` leave this site.
const OPEN_REDIRECT_ATTEMPTS = [
  'https://evil.example',
  '//evil.example',
  '/\\evil.example',
  '/%2F%2Fevil.example',
  '%2F%2Fevil.example',
  '/%5Cevil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
]

const enableUrl = (params: Record<string, string>) =>
  `/api/draft-mode/enable?${new URLSearchParams(params)}`

// The clinic's own website: a sign-in link there is a content problem (it must go to the vendor).
const OWN_SITE_SIGN_IN = 'https://maplegrovepediatrics.example/portal'

/** A translated text as stored: one value per language. */
type Texts = { _key: string; _type: string; language: string; value?: string }[]

/** `texts` with `text` as its English value; the other languages keep theirs. */
const inEnglish = (texts: Texts | undefined, text: string): Texts =>
  (texts ?? []).map((value) => (value.language === 'en' ? { ...value, value: text } : value))

interface ClinicDoc {
  _id: string
  portal: {
    explanation: Texts
    signInUrl: string
    signUpUrl?: string
    handoutNote?: Texts
    outageNotice?: { message: Texts; startsAt: string; endsAt: string }
    helpTopics: { messages: { replyTime: Texts } }
  }
}

/** Axe's violations on the page as it is now (WCAG 2.2 AA and best practice), one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`,
  )
}

/** Edits one document of the dataset copy in place. */
function editDocument(id: string, edit: (doc: ClinicDoc) => void) {
  const lines = readFileSync(DATASET, 'utf8').split('\n')
  let found = false
  const edited = lines.map((line) => {
    if (line.trim() === '') return line
    const doc = JSON.parse(line) as ClinicDoc
    if (doc._id !== id) return line
    found = true
    edit(doc)
    return JSON.stringify(doc)
  })
  if (!found) throw new Error(`No document ${id} in ${DATASET}`)
  writeFileSync(DATASET, edited.join('\n'))
}

/** Rewrites the published clinic document's portal explanation in the dataset copy. */
function setPublishedExplanation(text: string) {
  editDocument('clinic', (doc) => {
    doc.portal.explanation = inEnglish(doc.portal.explanation, text)
  })
}

/** Runs `body` on the dataset copy, then puts the copy back as it was, whatever happened. */
async function withDatasetRestored(body: () => Promise<void>) {
  const before = readFileSync(DATASET, 'utf8')
  try {
    await body()
  } finally {
    writeFileSync(DATASET, before)
  }
}

/** The published clinic's sign-in URL in the dataset copy. */
function publishedSignIn(): string {
  const clinic = readFileSync(DATASET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ClinicDoc)
    .find((doc) => doc._id === 'clinic')
  if (!clinic) throw new Error(`No published clinic in ${DATASET}`)
  return clinic.portal.signInUrl
}

async function sendWebhook(
  request: APIRequestContext,
  secret: string,
  payload: object = { _type: 'clinic', _id: 'clinic' },
) {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  return request.post('/api/revalidate', {
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    data: body,
  })
}

test.describe('Draft Mode', () => {
  for (const [label, params] of [
    ['without a secret', { redirect: '/portal' }],
    ['with a wrong secret', { secret: 'not-the-secret-at-all', redirect: '/portal' }],
    [
      'with the secret plus one character',
      { secret: `${'x'}${DRAFT_SECRET}`, redirect: '/portal' },
    ],
  ] as const) {
    test(`refuses to enable ${label}: 401 and no cookie`, async ({ request }) => {
      const response = await request.get(enableUrl(params), { maxRedirects: 0 })
      expect(response.status()).toBe(401)
      expect(response.headers()['set-cookie']).toBeUndefined()
    })
  }

  test('refused attempts leave the browser on published content', async ({ page, context }) => {
    await page.goto(enableUrl({ secret: 'wrong-secret-wrong-secret', redirect: '/portal' }))
    expect((await context.cookies()).map((c) => c.name)).not.toContain(DRAFT_COOKIE)
    await page.goto('/portal')
    await expect(page.getByText('Previewing drafts')).toHaveCount(0)
    await expect(page.getByText(DRAFT_PHRASE)).toHaveCount(0)
  })

  test('the right secret shows the drafts with the preview bar, and Exit preview ends it', async ({
    page,
    context,
  }) => {
    await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal' }))
    expect(new URL(page.url()).pathname).toBe('/portal')
    expect((await context.cookies()).map((c) => c.name)).toContain(DRAFT_COOKIE)
    await expect(page.getByText(DRAFT_PHRASE)).toBeVisible()
    const bar = page.getByRole('complementary', { name: 'Preview' })
    await expect(bar).toContainText('Previewing drafts')

    // The bar is on every page, not just the one we landed on, and so is the header's Sign in
    // (the twins draw the same chrome).
    for (const path of ['/portal', '/', '/locations/downtown']) {
      if (path !== '/portal') await page.goto(path)
      await expect(page.getByRole('link', { name: 'Exit preview' })).toBeVisible()
      await expect(
        page.getByRole('banner').getByRole('link', { name: /^Sign in\b/ }),
        path,
      ).toHaveAttribute('href', /^https:\/\/mychart\./)
    }

    // Exit returns to the page being previewed, now published.
    await page.getByRole('link', { name: 'Exit preview' }).click()
    await page.waitForURL((url) => url.pathname === '/locations/downtown')
    await expect(page.getByRole('heading', { level: 1, name: 'Downtown clinic' })).toBeVisible()
    await expect(page.getByText('Previewing drafts')).toHaveCount(0)
    expect((await context.cookies()).map((c) => c.name)).not.toContain(DRAFT_COOKIE)
    await page.goto('/portal')
    await expect(page.getByText('Previewing drafts')).toHaveCount(0)
    await expect(page.getByText(DRAFT_PHRASE)).toHaveCount(0)
  })

  test('only a Draft Mode response may be framed, and only by the configured Studio', async ({
    request,
  }) => {
    const published = (await request.get('/portal')).headers()
    expect(published['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(published['x-frame-options']).toBe('DENY')

    const enabled = await request.get(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal' }))
    expect(enabled.status()).toBe(200)
    const draft = enabled.headers()
    expect(draft['content-security-policy']).toMatch(
      /frame-ancestors https:\/\/studio\.maplegrove\.example(;|$)/,
    )
    expect(draft['content-security-policy']).toContain("form-action 'none'")
    expect(draft['x-frame-options']).toBeUndefined()
    await request.get('/api/draft-mode/disable')
  })

  for (const target of OPEN_REDIRECT_ATTEMPTS) {
    test(`an open-redirect attempt to ${JSON.stringify(target)} lands on /`, async ({
      request,
      page,
    }) => {
      const response = await request.get(enableUrl({ secret: DRAFT_SECRET, redirect: target }), {
        maxRedirects: 0,
      })
      expect(response.status()).toBe(307)
      expect(response.headers()['location']).toBe('/')
      // And in a real browser, which is what would actually follow it.
      await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: target }))
      const landed = new URL(page.url())
      expect(landed.host).toBe(new URL(test.info().project.use.baseURL as string).host)
      expect(landed.pathname).toBe('/')
    })
  }

  test('disable returns to a page on this site', async ({ request }) => {
    const response = await request.get(
      `/api/draft-mode/disable?${new URLSearchParams({ redirect: '/portal' })}`,
      { maxRedirects: 0 },
    )
    expect(response.status()).toBe(307)
    expect(response.headers()['location']).toBe('/portal')
  })

  for (const target of OPEN_REDIRECT_ATTEMPTS) {
    test(`disable sends an open-redirect attempt to ${JSON.stringify(target)} to /`, async ({
      request,
      page,
      context,
    }) => {
      const disableUrl = `/api/draft-mode/disable?${new URLSearchParams({ redirect: target })}`
      const response = await request.get(disableUrl, { maxRedirects: 0 })
      expect(response.status()).toBe(307)
      expect(response.headers()['location']).toBe('/')
      await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal' }))
      await page.goto(disableUrl)
      const landed = new URL(page.url())
      expect(landed.host).toBe(new URL(test.info().project.use.baseURL as string).host)
      expect(landed.pathname).toBe('/')
      expect((await context.cookies()).map((c) => c.name)).not.toContain(DRAFT_COOKIE)
    })
  }

  test('a draft with a problem shows the problems panel on every page; published pages are unaffected', async ({
    page,
    browser,
  }) => {
    await withDatasetRestored(async () => {
      editDocument('drafts.clinic', (doc) => {
        doc.portal.signInUrl = OWN_SITE_SIGN_IN
      })
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/' }))
      for (const path of ['/', '/portal', '/locations/downtown']) {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        // The page's metadata survives too: a draft must never be indexed.
        await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute(
          'content',
          'noindex, nofollow',
        )
        const panel = page.getByRole('region', { name: /This draft cannot be published yet/ })
        await expect(panel, path).toBeVisible()
        // Document, field and fix, in words an office manager can act on.
        await expect(panel, path).toContainText('Clinic: Maple Grove Pediatrics')
        await expect(panel, path).toContainText('portal.signInUrl')
        await expect(panel, path).toContainText('This address is a page of your own website.')
        await expect(page.getByRole('complementary', { name: 'Preview' }), path).toBeVisible()
      }
      // No failed page, metadata or icon request on the way.
      expect(errors).toEqual([])

      // Patients, without the Draft Mode cookie, still get the published pages.
      const patient = await browser.newContext()
      const published = await patient.newPage()
      for (const path of ['/', '/portal', '/locations/downtown']) {
        const response = await published.goto(path)
        expect(response?.status(), path).toBe(200)
        await expect(published.getByText('This draft cannot be published yet'), path).toHaveCount(0)
        await expect(
          published.getByRole('contentinfo').getByRole('link', { name: /^Sign in to / }),
          path,
        ).toHaveAttribute('href', /^https:\/\/mychart\./)
      }
      await patient.close()
    })
  })

  test('Draft Mode pages, with the bar and with the problems panel, have no axe violations', async ({
    page,
  }) => {
    await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal' }))
    await expect(page.getByText(DRAFT_PHRASE)).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await withDatasetRestored(async () => {
      editDocument('drafts.clinic', (doc) => {
        doc.portal.signInUrl = OWN_SITE_SIGN_IN
      })
      await page.goto('/portal')
      await expect(page.getByText('This draft cannot be published yet')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  })

  test('a Draft Mode page still previews: the App Router twin runs its scripts, under its own CSP', async ({
    page,
  }) => {
    const scripts: string[] = []
    const problems: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    const response = await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal' }))
    expect(new URL(page.url()).pathname).toBe('/portal')
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self' 'unsafe-inline';")
    expect(csp).not.toContain('unsafe-eval')
    await expect(page.getByText(DRAFT_PHRASE)).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(scripts.length).toBeGreaterThan(0)
    // Scripts from this site only, and none blocked or failing.
    for (const url of scripts) expect(new URL(url).host).toBe(new URL(page.url()).host)
    expect(problems).toEqual([])
    // The App Router has started: its router drives a client-side navigation, still in Draft Mode.
    await page.getByRole('banner').getByRole('link', { name: 'Home and locations' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible()
    expect(await page.evaluate(() => 'next' in window)).toBe(true)
  })

  test('the printable sign-up sheet previews its draft note; patients keep the published one', async ({
    page,
    browser,
  }) => {
    const published = 'Ask us for your activation code before you leave today.'
    const draft = `Draft note ${Date.now()}: bring a photo ID to get your code.`
    await withDatasetRestored(async () => {
      editDocument('drafts.clinic', (doc) => {
        doc.portal.handoutNote = inEnglish(doc.portal.handoutNote, draft)
      })
      await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal/handout' }))
      expect(new URL(page.url()).pathname).toBe('/portal/handout')
      await expect(page.getByText(draft)).toBeVisible()
      await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible()
      await expect(page.getByRole('img', { name: /^QR code that opens the / })).toBeVisible()
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
        'content',
        'noindex, nofollow',
      )
      const patient = await browser.newContext()
      const patientPage = await patient.newPage()
      await patientPage.goto('/portal/handout')
      await expect(patientPage.getByText(published)).toBeVisible()
      await expect(patientPage.getByText(draft)).toHaveCount(0)
      await patient.close()
    })
  })

  test('the portal questions page previews a draft answer; patients keep the published one', async ({
    page,
    browser,
  }) => {
    const published = 'We answer portal messages within 2 business days.'
    const draft = `within ${Date.now() % 7} business days (draft)`
    await withDatasetRestored(async () => {
      editDocument('drafts.clinic', (doc) => {
        doc.portal.helpTopics.messages.replyTime = inEnglish(
          doc.portal.helpTopics.messages.replyTime,
          draft,
        )
      })
      await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal/help' }))
      expect(new URL(page.url()).pathname).toBe('/portal/help')
      await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible()
      await expect(page.getByText(`We answer portal messages ${draft}.`)).toBeVisible()
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
        'content',
        'noindex, nofollow',
      )
      const patient = await browser.newContext()
      const patientPage = await patient.newPage()
      await patientPage.goto('/portal/help')
      await expect(patientPage.getByText(published)).toBeVisible()
      await expect(patientPage.getByText(draft)).toHaveCount(0)
      await patient.close()
    })
  })

  test('a stale Draft Mode cookie is cleared and lands on the published page', async ({
    page,
    context,
  }) => {
    const { hostname } = new URL(test.info().project.use.baseURL as string)
    await context.addCookies([
      { name: DRAFT_COOKIE, value: 'not-this-builds-cookie', domain: hostname, path: '/' },
    ])
    const response = await page.goto('/portal')
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe('/portal')
    await expect(page.getByText('Previewing drafts')).toHaveCount(0)
    await expect(page.getByText(DRAFT_PHRASE)).toHaveCount(0)
    expect((await context.cookies()).map((c) => c.name)).not.toContain(DRAFT_COOKIE)
  })

  test('draft overlays code is absent in local mode, even in Draft Mode', async ({ page }) => {
    const scripts: string[] = []
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.push(await response.text())
    })
    await page.goto(enableUrl({ secret: DRAFT_SECRET, redirect: '/portal' }))
    await expect(page.getByText(DRAFT_PHRASE)).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((s) => s.includes(VISUAL_EDITING_MARKER))).toHaveLength(0)
  })
})

test.describe('published pages', () => {
  test('the published /portal never shows the draft phrase, in the page or its payload', async ({
    page,
    request,
  }) => {
    await page.goto('/portal')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText(DRAFT_PHRASE)).toHaveCount(0)
    for (const path of ['/portal', '/', '/locations/downtown']) {
      expect(await (await request.get(path)).text()).not.toContain('New this winter')
      expect(await (await request.get(path, { headers: { RSC: '1' } })).text()).not.toContain(
        'New this winter',
      )
    }
  })

  test('the build output holds no draft content', () => {
    // Published pages are the Pages Router's (server/pages); what the App Router keeps, too.
    for (const dir of ['pages', 'app']) {
      const root = join(DIST_DIR, 'server', dir)
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
        /\.(html|rsc|body|json|meta)$/.test(f),
      )
      if (dir === 'pages') expect(files).toContain('portal.html')
      for (const file of files)
        expect(readFileSync(join(root, file), 'utf8'), file).not.toContain('New this winter')
    }
  })

  test('every published page and the sitemap re-render on their own after five minutes', () => {
    // Time-based revalidation, as the build recorded it (waiting five minutes here would add nothing).
    const manifest = JSON.parse(
      readFileSync(join(DIST_DIR, 'prerender-manifest.json'), 'utf8'),
    ) as { routes: Record<string, { initialRevalidateSeconds: number | false }> }
    for (const path of [
      '/',
      '/portal',
      '/locations/downtown',
      '/locations/northside',
      '/locations/riverside',
      '/sitemap.xml',
    ]) {
      expect(manifest.routes[path]?.initialRevalidateSeconds, path).toBe(300)
    }
  })

  test('published pages load no script, so none of the visual-editing code the build does contain', async ({
    page,
  }) => {
    const chunksDir = join(DIST_DIR, 'static', 'chunks')
    const allChunks = readdirSync(chunksDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    )
    // The marker is real: the lazily loaded overlay chunk exists in the build.
    expect(
      allChunks.some((f) =>
        readFileSync(join(chunksDir, f), 'utf8').includes(VISUAL_EDITING_MARKER),
      ),
    ).toBe(true)

    const loaded: { url: string; body: string }[] = []
    page.on('response', async (response) => {
      if (response.url().endsWith('.js'))
        loaded.push({ url: response.url(), body: await response.text() })
    })
    for (const path of ['/', '/portal', '/locations/downtown']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    // No script at all, let alone the overlay's (zero-js.spec.ts checks every page).
    expect(loaded.map((s) => s.url)).toEqual([])
  })
})

test.describe('signed revalidation webhook', () => {
  test.describe.configure({ mode: 'serial' })

  test('refuses a missing or bad signature and changes nothing; a good one publishes without a rebuild', async ({
    page,
    request,
  }) => {
    const original = 'MyChart is our patient portal.'
    await page.goto('/portal')
    await expect(page.getByText(original, { exact: false }).first()).toBeVisible()

    const edited = `Edited for the webhook test at ${Date.now()}: MyChart is our patient portal.`
    setPublishedExplanation(edited)

    // The page is served from Next's cache: the edit is not live yet.
    await page.goto('/portal')
    await expect(page.getByText(edited)).toHaveCount(0)

    // No signature at all.
    const unsigned = await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ _type: 'clinic', _id: 'clinic' }),
    })
    expect(unsigned.status()).toBe(401)
    // Signed with the wrong secret.
    const forged = await sendWebhook(request, 'somebody-elses-secret-0000')
    expect(forged.status()).toBe(401)
    expect(await forged.json()).toMatchObject({ revalidated: false })
    await page.goto('/portal')
    await expect(page.getByText(edited)).toHaveCount(0)

    // Correctly signed: the very next response carries the new text. Local mode never waits, not
    // even for a webhook without `_rev` (which waits a fixed time in Sanity mode).
    const signed = await sendWebhook(request, WEBHOOK_SECRET)
    expect(signed.status()).toBe(200)
    expect(await signed.json()).toMatchObject({
      revalidated: true,
      paths: expect.arrayContaining(['/', '/portal', '/sitemap.xml', '/locations/downtown']),
      settled: { how: 'none' },
    })
    await page.goto('/portal')
    await expect(page.getByText(edited)).toBeVisible()
    // Still no draft content on the published page.
    await expect(page.getByText(DRAFT_PHRASE)).toHaveCount(0)
  })

  test('a location change names the pages it re-renders: its own and those that list it', async ({
    request,
  }) => {
    const response = await sendWebhook(request, WEBHOOK_SECRET, {
      _type: 'location',
      _id: 'x',
      slug: 'downtown',
    })
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({
      paths: [
        '/',
        '/portal',
        '/portal/help',
        '/portal/handout',
        '/language-assistance',
        '/accessibility',
        '/sitemap.xml',
        '/locations/downtown',
      ],
    })
    expect((await request.get('/locations/downtown')).status()).toBe(200)
  })

  test('a location published after the build gets its page and a home-page entry, without a rebuild', async ({
    request,
  }) => {
    const lines = readFileSync(DATASET, 'utf8').split('\n')
    const downtown = lines
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((doc) => doc._id === 'location-downtown')
    expect(downtown).toBeDefined()
    const lakeside = {
      ...downtown,
      _id: 'location-lakeside',
      // Spanish is live: the new location is named in both languages.
      name: [
        {
          _key: 'en',
          _type: 'internationalizedArrayStringValue',
          language: 'en',
          value: 'Lakeside clinic',
        },
        {
          _key: 'es',
          _type: 'internationalizedArrayStringValue',
          language: 'es',
          value: 'Clínica Lakeside',
        },
      ],
      slug: { _type: 'slug', current: 'lakeside' },
    }
    expect((await request.get('/locations/lakeside')).status()).toBe(404)

    writeFileSync(DATASET, `${lines.join('\n').trimEnd()}\n${JSON.stringify(lakeside)}\n`)
    const response = await sendWebhook(request, WEBHOOK_SECRET, {
      _type: 'location',
      _id: 'location-lakeside',
      slug: 'lakeside',
    })
    expect(response.status()).toBe(200)
    const page = await request.get('/locations/lakeside')
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain('Lakeside clinic')
    expect(await (await request.get('/')).text()).toContain('href="/locations/lakeside"')
  })

  test('a publish with a problem keeps the last good pages up; the fix then goes live', async ({
    request,
  }) => {
    await withDatasetRestored(async () => {
      const before = await request.get('/portal')
      expect(before.status()).toBe(200)
      const goodSignIn = publishedSignIn()
      expect(await before.text()).toContain(`href="${goodSignIn}"`)

      const broken = `Broken publish at ${Date.now()}: this text must not go live.`
      editDocument('clinic', (doc) => {
        doc.portal.explanation = inEnglish(doc.portal.explanation, broken)
        doc.portal.signInUrl = OWN_SITE_SIGN_IN
      })
      const refused = await sendWebhook(request, WEBHOOK_SECRET)
      expect(refused.status()).toBe(422)
      const refusal = await refused.json()
      expect(refusal).toMatchObject({ revalidated: false })
      expect(refusal.message).toContain('clinic "Maple Grove Pediatrics" › portal.signInUrl')

      for (const path of ['/portal', '/', '/locations/downtown']) {
        const response = await request.get(path)
        expect(response.status(), path).toBe(200)
        const html = await response.text()
        expect(html, path).not.toContain('Broken publish at')
        expect(html, path).toContain(`href="${goodSignIn}"`)
        expect(html, path).not.toContain(`href="${OWN_SITE_SIGN_IN}"`)
      }

      // The editor fixes the link and publishes again: now the new text is live.
      const fixed = `Fixed publish at ${Date.now()}: MyChart is our patient portal.`
      editDocument('clinic', (doc) => {
        doc.portal.explanation = inEnglish(doc.portal.explanation, fixed)
        doc.portal.signInUrl = goodSignIn
      })
      const accepted = await sendWebhook(request, WEBHOOK_SECRET)
      expect(accepted.status()).toBe(200)
      const after = await request.get('/portal')
      expect(after.status()).toBe(200)
      expect(await after.text()).toContain(fixed)
    })
  })

  test('a published outage notice shows on / and /portal as it happens, with no axe violations', async ({
    page,
    request,
  }) => {
    await withDatasetRestored(async () => {
      const hour = 3_600_000
      const message = `Maple Grove MyChart is down for an upgrade (test ${Date.now()}).`
      editDocument('clinic', (doc) => {
        // Spanish is live: the notice is written in both languages.
        const text = (language: string, value: string) => ({
          _key: language,
          _type: 'internationalizedArrayTextValue',
          language,
          value,
        })
        doc.portal.outageNotice = {
          message: [text('en', message), text('es', `Maple Grove MyChart no funciona (prueba).`)],
          startsAt: new Date(Date.now() - hour).toISOString(),
          endsAt: new Date(Date.now() + hour).toISOString(),
        }
      })
      expect((await sendWebhook(request, WEBHOOK_SECRET)).status()).toBe(200)
      for (const path of ['/portal', '/']) {
        await page.goto(path)
        const notice = page.getByRole('region', { name: 'Maple Grove MyChart notice' })
        await expect(notice, path).toContainText('Now: Maple Grove MyChart is unavailable until')
        await expect(notice, path).toContainText(message)
        expect(await axeViolations(page), path).toEqual([])
      }
    })
    // Back to the dataset without the notice, for the tests after this one.
    expect((await sendWebhook(request, WEBHOOK_SECRET)).status()).toBe(200)
  })

  test('the sign-up sheet with the longest note and a long vendor address still prints on one page, and its QR code reads back as that address', async ({
    page,
    request,
  }) => {
    // The longest vendor address we know of in the wild is shorter than this one.
    const long =
      'https://mychart.maplegrovehealth.example/MyChart/Authentication/Signup/ActivationCode?mode=stdfile&option=activationcode&lang=en-US&source=front-desk-printed-sheet&clinic=maple-grove-pediatrics'
    const note =
      'Ask us for your activation code before you leave today. It works for 30 days. No email? We can help you sign up here.'
    expect(note.length).toBeLessThanOrEqual(120)
    await withDatasetRestored(async () => {
      editDocument('clinic', (doc) => {
        doc.portal.signUpUrl = long
        doc.portal.handoutNote = inEnglish(doc.portal.handoutNote, note)
      })
      expect((await sendWebhook(request, WEBHOOK_SECRET)).status()).toBe(200)
      await page.goto('/portal/handout')
      await expect(page.getByText(note)).toBeVisible()
      await expect(page.locator('.handout-url a')).toHaveAttribute('href', long)
      for (const format of PAPER_SIZES) {
        const pdf = await printToPdf(page, format)
        expect(pdfPageCount(pdf), format).toBe(1)
        expect(decodeQrCodes(pdf), format).toEqual([long])
      }
    })
    expect((await sendWebhook(request, WEBHOOK_SECRET)).status()).toBe(200)
  })

  test('a sign-up address that fails the portal-link rule never reaches the printed QR code', async ({
    page,
    request,
  }) => {
    await page.goto('/portal/handout')
    const before = await page.locator('.handout-url a').getAttribute('href')
    expect(before).toMatch(/^https:\/\/mychart\.maplegrovehealth\.example\//)
    await withDatasetRestored(async () => {
      editDocument('clinic', (doc) => {
        doc.portal.signUpUrl = OWN_SITE_SIGN_IN
      })
      const response = await sendWebhook(request, WEBHOOK_SECRET)
      expect(response.status()).toBe(422)
      expect((await response.json()).message).toContain(
        'clinic "Maple Grove Pediatrics" › portal.signUpUrl',
      )
      // The last good sheet stays up, its code still the checked vendor address.
      await page.goto('/portal/handout')
      await expect(page.locator('.handout-url a')).toHaveAttribute('href', before!)
      expect(decodeQrCodes(await printToPdf(page, 'Letter'))).toEqual([before])
    })
    expect((await sendWebhook(request, WEBHOOK_SECRET)).status()).toBe(200)
  })

  test('a signed body for a type this site does not show is refused with 400', async ({
    request,
  }) => {
    const response = await sendWebhook(request, WEBHOOK_SECRET, { _type: 'post', _id: 'p1' })
    expect(response.status()).toBe(400)
    expect((await response.json()).message).toMatch(/filter/)
  })
})
