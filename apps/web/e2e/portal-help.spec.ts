import { readingLevel } from '@doorway/content/reading-level'
import { expect, test } from '@playwright/test'

/**
 * "Portal questions" (/portal/help) and "Which portal is mine?" on /portal, against the
 * production build of the sample clinic, which answers every question and has two portals.
 * (Zero JavaScript, the security headers and axe run on it with every page: pages.ts.)
 */
const HELP = '/portal/help'

/** The questions in page order, as parents read them. */
const QUESTIONS = [
  'Which portal is mine?',
  'I forgot my password, or I am locked out',
  'How soon will I get an answer to my message?',
  'I see a test result. Why has no one called me?',
  'Where do I pay my bill?',
  'How do I get a copy of my child’s records?',
  'What do I need to use the portal?',
]

test('/portal/help: one h1, then a list of the questions and one h2 section per question, in order', async ({
  page,
}) => {
  await page.goto(HELP)
  const main = page.getByRole('main')
  const headings = await main
    .locator('h1, h2, h3, h4')
    .evaluateAll((nodes) => nodes.map((node) => `${node.tagName}: ${node.textContent}`))
  expect(headings).toEqual([
    'H1: Portal questions',
    'H2: On this page',
    ...QUESTIONS.map((question) => `H2: ${question}`),
  ])
  const jumps = main.getByRole('navigation', { name: 'On this page' }).getByRole('link')
  await expect(jumps).toHaveText(QUESTIONS)
})

test('/portal/help: a question in the list jumps to its answer, with no script', async ({
  page,
}) => {
  await page.goto(HELP)
  await page.getByRole('navigation').getByRole('link', { name: 'Where do I pay my bill?' }).click()
  await expect(page).toHaveURL(/#bills$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where do I pay my bill?' }),
  ).toBeInViewport()
})

test('/portal/help: whom to call is a tap-to-call link, and every link off-site has rel="noopener noreferrer"', async ({
  page,
}) => {
  await page.goto(HELP)
  const bills = page.locator('section#bills')
  await expect(
    bills.getByRole('link', { name: 'Call Billing office: (217) 555-0142' }),
  ).toHaveAttribute('href', 'tel:+12175550142')
  await expect(bills.getByText('Monday to Friday, 9 am to 4 pm')).toBeVisible()
  await expect(bills.getByRole('link', { name: 'Pay a bill online' })).toHaveAttribute(
    'href',
    'https://mychart.maplegrovehealth.example/MyChart/billing/guestpay',
  )
  const messages = page.locator('section#messages')
  await expect(messages).toContainText('Messages are not for emergencies.')
  await expect(messages.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911')
  for (const id of ['password', 'test-results', 'records']) {
    await expect(page.locator(`section#${id} a[href^="tel:+1"]`), id).toHaveCount(1)
  }
  const offsite = page.locator('main a[href^="http"]')
  expect(await offsite.count()).toBe(5)
  for (const link of await offsite.all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  }
})

test('/portal/help: FAQPage JSON-LD with each question and its answer', async ({ page }) => {
  await page.goto(HELP)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(blocks).toHaveLength(1)
  const faq = JSON.parse(blocks[0]!)
  expect(faq['@type']).toBe('FAQPage')
  expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(QUESTIONS)
  for (const q of faq.mainEntity) {
    expect(q.acceptedAnswer['@type']).toBe('Answer')
    expect(q.acceptedAnswer.text.length).toBeGreaterThan(10)
  }
})

test('/portal/help reads at grade 8 or below, and is in the sitemap', async ({ page, request }) => {
  await page.goto(HELP)
  const level = readingLevel(await page.locator('main').innerText())
  expect(level!.words).toBeGreaterThan(100)
  expect(level!.grade, `longest sentence: ${level!.longestSentence}`).toBeLessThanOrEqual(8)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toMatch(/<loc>[^<]*\/portal\/help<\/loc>/)
})

test('/portal: "Which portal is mine?" right under Sign in, and "Having trouble?" links to the questions', async ({
  page,
}) => {
  await page.goto('/portal')
  const main = page.getByRole('main')
  const h2s = await main.locator('h2').allTextContents()
  expect(h2s.slice(0, 3)).toEqual(['Sign in', 'Which portal is mine?', 'For emergencies, call 911'])
  const other = main.getByRole('link', { name: 'Go to Riverbend Health MyChart' })
  await expect(other).toHaveAttribute('href', 'https://mychart.riverbendhealth.example/MyChart/')
  await expect(other).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(main.getByRole('link', { name: /^Sign in to / })).toHaveCount(1)
  await expect(
    main
      .getByRole('region', { name: 'Having trouble?' })
      .getByRole('link', { name: 'Portal questions' }),
  ).toHaveAttribute('href', HELP)
})
