import type { RawDocument } from '@doorway/content'
import { WHAT_YOU_NEED_MAX_LENGTH } from '@doorway/content/model'
import { checkWebPageLink } from '@doorway/content/rules'
import { checkPortalLink, type PortalAddressName } from '@doorway/portal-link'
import { copyOf, errorsOf, loadSample, setText, validate } from './harness'

// The portal questions and "Which portal is mine?": every new portal link is refused as the
// sign-in address is (on the clinic's own site, on a host its vendor has not declared, over
// http), with the very message `check` prints, each against its own vendor's domains.

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const SITE_HOSTS = ['maplegrovepediatrics.example', 'www.maplegrovepediatrics.example']
const CLINIC_VENDOR = ['mychart.maplegrovehealth.example']
const RIVERBEND = ['mychart.riverbendhealth.example']

// The published vendor's domains: a domain to add must then be published (the Studio says so).
const withPublishAdvice = (message: string) =>
  message.replace(
    / if it is really theirs\.$/,
    ' if it is really theirs, then publish the portal vendor.',
  )

function expected(href: string, field: PortalAddressName, vendorDomains: string[]): string {
  const result = checkPortalLink(href, { siteHosts: SITE_HOSTS, vendorDomains }, field)
  if (result.ok) throw new Error(`${href} unexpectedly passes`)
  return withPublishAdvice(result.message)
}

/** Each new portal link: its path as Sanity writes it, its field's name, its vendor, and how to set it. */
const LINKS: [
  path: string,
  field: PortalAddressName,
  vendorDomains: string[],
  put: (clinic: Doc, url: string) => void,
][] = [
  [
    'portal.helpTopics.passwordReset.resetUrl',
    'password reset address',
    CLINIC_VENDOR,
    (c, url) => (c.portal.helpTopics.passwordReset.resetUrl = url),
  ],
  [
    'portal.helpTopics.bills.payOnlineUrl',
    'bill-pay address',
    CLINIC_VENDOR,
    (c, url) => (c.portal.helpTopics.bills.payOnlineUrl = url),
  ],
  [
    'portal.otherPortals[_key=="riverbend"].signInUrl',
    'sign-in address',
    RIVERBEND,
    (c, url) => (c.portal.otherPortals[0].signInUrl = url),
  ],
]

const REFUSED = [
  ['on the clinic’s own site', 'https://www.maplegrovepediatrics.example/portal'],
  ['on a host the vendor has not declared', 'https://pay.elsewhere.example/'],
  ['over http', 'http://mychart.maplegrovehealth.example/MyChart/'],
] as const

describe.each(LINKS)('%s', (path, field, vendorDomains, put) => {
  test.each(REFUSED)('is refused %s, with check’s message', async (_, url) => {
    const clinic = copyOf(sample, 'clinic') as Doc
    put(clinic, url)
    expect(await errorsOf(clinic as RawDocument, sample)).toEqual([
      { level: 'error', path, message: expected(url, field, vendorDomains) },
    ])
  })
})

test('the other portal is checked against its own vendor: the clinic’s sign-in host is refused there', async () => {
  const clinic = copyOf(sample, 'clinic') as Doc
  clinic.portal.otherPortals[0].signInUrl = 'https://mychart.maplegrovehealth.example/MyChart/'
  expect((await errorsOf(clinic as RawDocument, sample)).map((m) => m.path)).toEqual([
    'portal.otherPortals[_key=="riverbend"].signInUrl',
  ])
  // Without a vendor, the address says to choose one first.
  delete clinic.portal.otherPortals[0].vendor
  expect(await errorsOf(clinic as RawDocument, sample)).toContainEqual({
    level: 'error',
    path: 'portal.otherPortals[_key=="riverbend"].signInUrl',
    message:
      'Choose this portal’s vendor first: this sign-in address is checked against the web domains of that vendor.',
  })
})

test('a bill-pay company of its own is what the bill-pay address is checked against', async () => {
  const clinic = copyOf(sample, 'clinic') as Doc
  const bills = clinic.portal.helpTopics.bills
  bills.payOnlineUrl = 'https://mychart.riverbendhealth.example/pay'
  expect((await errorsOf(clinic as RawDocument, sample)).map((m) => m.path)).toEqual([
    'portal.helpTopics.bills.payOnlineUrl',
  ])
  bills.payOnlineVendor = { _type: 'reference', _ref: 'vendor-riverbend-mychart' }
  expect(await errorsOf(clinic as RawDocument, sample)).toEqual([])
})

test('the records form may be on the clinic’s own site, but must be https, with check’s message', async () => {
  const clinic = copyOf(sample, 'clinic') as Doc
  expect(clinic.portal.helpTopics.records.formUrl).toMatch(/^https:\/\/www\.maplegrovepediatrics/)
  const http = 'http://www.maplegrovepediatrics.example/forms/records.pdf'
  clinic.portal.helpTopics.records.formUrl = http
  const result = checkWebPageLink(http)
  expect(await errorsOf(clinic as RawDocument, sample)).toEqual([
    {
      level: 'error',
      path: 'portal.helpTopics.records.formUrl',
      message: result.ok ? '' : result.message,
    },
  ])
})

test('"What you need" is one short line, with the model’s messages', async () => {
  const clinic = copyOf(sample, 'clinic') as Doc
  setText(clinic.portal.helpTopics.whatYouNeed, 'x'.repeat(WHAT_YOU_NEED_MAX_LENGTH + 1))
  expect((await errorsOf(clinic as RawDocument, sample)).map((m) => m.message)).toEqual([
    `Keep what patients need to ${WHAT_YOU_NEED_MAX_LENGTH} characters or fewer: one line. Shorten it.`,
  ])
  setText(clinic.portal.helpTopics.whatYouNeed, 'Chrome.\nOr the app.')
  expect((await errorsOf(clinic as RawDocument, sample)).map((m) => m.message)).toEqual([
    'Keep what patients need on one line: remove the line break.',
  ])
})

test('a topic that is there needs whom to call; topics left out need nothing', async () => {
  const clinic = copyOf(sample, 'clinic') as Doc
  delete clinic.portal.helpTopics.testResults.contact
  delete clinic.portal.helpTopics.bills
  delete clinic.portal.helpTopics.messages
  expect(await errorsOf(clinic as RawDocument, sample)).toEqual([
    {
      level: 'error',
      path: 'portal.helpTopics.testResults.contact',
      message: 'Choose whom parents call about a test result.',
    },
  ])
  delete clinic.portal.helpTopics
  delete clinic.portal.otherPortals
  delete clinic.portal.useThisIf
  expect(await validate(clinic as RawDocument, sample)).toEqual([])
})
