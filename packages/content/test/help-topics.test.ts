import { checkWebPageLink } from '../src/rules'
import { check, problemsOf, sampleDocs } from './helpers'

const OWN_SITE = 'https://www.maplegrovepediatrics.example/pay'
const UNDECLARED = 'https://pay.elsewhere.example/bills'

describe('the help topics and other portals in the check', () => {
  test('the sample uses every topic and a second portal, each checked and resolved', async () => {
    const result = await check(await sampleDocs())
    if (!result.ok) throw new Error('the sample should pass')
    const { portal } = result.content
    expect(portal.useThisIf).toBe('your child sees a doctor at one of our clinics.')
    expect(portal.otherPortals).toEqual([
      expect.objectContaining({
        key: 'riverbend',
        name: 'Riverbend Health MyChart',
        signInHref: 'https://mychart.riverbendhealth.example/MyChart/',
        vendor: expect.objectContaining({ id: 'vendor-riverbend-mychart' }),
      }),
    ])
    const { help } = portal
    expect(help.messages).toEqual({ replyTime: 'within 2 business days' })
    expect(help.testResults?.contact.name).toBe('Front desk')
    expect(help.passwordReset).toEqual({
      href: 'https://mychart.maplegrovehealth.example/MyChart/passwordreset',
      contact: expect.objectContaining({ name: 'MyChart patient help line' }),
    })
    expect(help.bills?.contact).toMatchObject({
      name: 'Billing office',
      phone: { href: 'tel:+12175550142' },
      hours: 'Monday to Friday, 9 am to 4 pm',
    })
    // Unnamed, the bill-pay company is the portal's own vendor.
    expect(help.bills?.payOnline?.vendor.id).toBe('vendor-epic-mychart')
    // The records form lives on the clinic's own website: allowed, it is not a portal link.
    expect(help.records?.formHref).toBe(
      'https://www.maplegrovepediatrics.example/forms/records-request.pdf',
    )
    expect(help.records?.usualTime).toBe('within 5 business days')
    expect(help.whatYouNeed).toMatch(/Chrome/)
  })

  test('every topic is optional: without them the page has none, and one other portal less is fine', async () => {
    const docs = await sampleDocs()
    delete docs.clinic.portal.helpTopics
    delete docs.clinic.portal.otherPortals
    delete docs.clinic.portal.useThisIf
    const result = await check(docs)
    if (!result.ok) throw new Error('a clinic without help topics should pass')
    expect(result.content.portal.help).toEqual({
      messages: null,
      testResults: null,
      passwordReset: null,
      bills: null,
      records: null,
      whatYouNeed: null,
    })
    expect(result.content.portal.otherPortals).toEqual([])
    expect(result.content.portal.useThisIf).toBeNull()
  })

  test('a bills topic without online pay, and records without a form or contact, pass', async () => {
    const docs = await sampleDocs()
    delete docs.clinic.portal.helpTopics.bills.payOnlineUrl
    delete docs.clinic.portal.helpTopics.records.formUrl
    delete docs.clinic.portal.helpTopics.records.contact
    const result = await check(docs)
    if (!result.ok) throw new Error('should pass')
    expect(result.content.portal.help.bills?.payOnline).toBeNull()
    expect(result.content.portal.help.records).toMatchObject({ formHref: null, contact: null })
  })

  // Each portal link of the topics is refused as the sign-in address is, naming its own field.
  test.each([
    [
      'a bill-pay page on the clinic’s own website',
      ['bills', 'payOnlineUrl'],
      OWN_SITE,
      'bill-pay address',
      'This address is a page of your own website.',
    ],
    [
      'a bill-pay page on an undeclared host',
      ['bills', 'payOnlineUrl'],
      UNDECLARED,
      'bill-pay address',
      "This address is not on your portal vendor's website.",
    ],
    [
      'a bill-pay page over http',
      ['bills', 'payOnlineUrl'],
      'http://mychart.maplegrovehealth.example/pay',
      null,
      'This address must start with https://',
    ],
    [
      'a reset page on the clinic’s own website',
      ['passwordReset', 'resetUrl'],
      OWN_SITE,
      'password reset address',
      'This address is a page of your own website.',
    ],
    [
      'a reset page on an undeclared host',
      ['passwordReset', 'resetUrl'],
      UNDECLARED,
      'password reset address',
      "This address is not on your portal vendor's website.",
    ],
    [
      'a reset page over http',
      ['passwordReset', 'resetUrl'],
      'http://mychart.maplegrovehealth.example/reset',
      null,
      'This address must start with https://',
    ],
  ] as const)('%s fails on that field', async (_, [topic, field], url, named, start) => {
    const docs = await sampleDocs()
    docs.clinic.portal.helpTopics[topic][field] = url
    const problems = await problemsOf(docs)
    expect(problems).toEqual([
      {
        documentId: 'clinic',
        path: `portal.helpTopics.${topic}.${field}`,
        message: expect.stringContaining(start),
      },
    ])
    if (named !== null) expect(problems[0]!.message).toContain(`Paste the ${named}`)
  })

  test('a bill-pay company of its own: the page is checked against that vendor’s domains', async () => {
    const docs = await sampleDocs()
    const bills = docs.clinic.portal.helpTopics.bills
    bills.payOnlineUrl = 'https://mychart.riverbendhealth.example/pay'
    // On the portal vendor's domains, a Riverbend page is refused…
    expect((await problemsOf(docs)).map((p) => p.path)).toEqual([
      'portal.helpTopics.bills.payOnlineUrl',
    ])
    // …and accepted once Riverbend is named as the bill-pay company.
    bills.payOnlineVendor = { _type: 'reference', _ref: 'vendor-riverbend-mychart' }
    const result = await check(docs)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.content.portal.help.bills?.payOnline?.vendor.id).toBe('vendor-riverbend-mychart')
  })

  test('each other portal is checked against its own vendor, not the clinic’s', async () => {
    const docs = await sampleDocs()
    const [riverbend] = docs.clinic.portal.otherPortals
    riverbend.vendor._ref = 'vendor-epic-mychart'
    expect(await problemsOf(docs)).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.otherPortals[riverbend].signInUrl',
        message: expect.stringContaining('This address is not on your portal vendor'),
      },
    ])
    riverbend.vendor._ref = 'vendor-epic-mychart'
    riverbend.signInUrl = 'https://maplegrovepediatrics.example/riverbend'
    expect((await problemsOf(docs))[0]?.message).toMatch(
      /^This address is a page of your own website/,
    )
  })

  test('a reference to a missing contact or vendor names the field', async () => {
    const docs = await sampleDocs()
    docs.clinic.portal.helpTopics.testResults.contact._ref = 'contact-gone'
    docs.clinic.portal.otherPortals[0].vendor._ref = 'vendor-gone'
    expect((await problemsOf(docs)).map((p) => [p.path, p.message])).toEqual([
      [
        'portal.otherPortals[riverbend].vendor',
        expect.stringMatching(
          /^This points to a portal vendor that does not exist .*"vendor-gone"/,
        ),
      ],
      [
        'portal.helpTopics.testResults.contact',
        expect.stringMatching(
          /^This points to a support contact that does not exist .*"contact-gone"/,
        ),
      ],
    ])
  })

  test('a topic missing what it needs says what to fill in', async () => {
    const docs = await sampleDocs()
    const topics = docs.clinic.portal.helpTopics
    delete topics.testResults.contact
    topics.messages.replyTime = '  '
    delete topics.records.usualTime
    delete docs.clinic.portal.otherPortals[0].useThisIf
    expect((await problemsOf(docs)).map((p) => [p.path, p.message])).toEqual([
      ['portal.otherPortals[riverbend].useThisIf', 'The "use this one if" text is missing.'],
      ['portal.helpTopics.messages.replyTime', 'How soon you answer messages is empty.'],
      ['portal.helpTopics.testResults.contact', 'This is missing. Fill it in.'],
      ['portal.helpTopics.records.usualTime', 'How long records usually take is missing.'],
    ])
  })

  test.each([
    ['on two lines', 'Chrome or Safari.\nOr the app.', 'Keep what patients need on one line'],
    ['too long', 'Chrome, '.repeat(30), 'Keep what patients need to 160 characters or fewer'],
  ])('"What you need" %s fails', async (_, text, start) => {
    const docs = await sampleDocs()
    docs.clinic.portal.helpTopics.whatYouNeed = text
    expect(await problemsOf(docs)).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.helpTopics.whatYouNeed',
        message: expect.stringContaining(start),
      },
    ])
  })

  test('a records form over http fails on that field; one on another site passes', async () => {
    const docs = await sampleDocs()
    docs.clinic.portal.helpTopics.records.formUrl = 'http://www.maplegrovepediatrics.example/f.pdf'
    expect(await problemsOf(docs)).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.helpTopics.records.formUrl',
        message: expect.stringMatching(/^This address must start with https:\/\//),
      },
    ])
    docs.clinic.portal.helpTopics.records.formUrl = 'https://forms.records-company.example/maple'
    expect(await problemsOf(docs)).toEqual([])
  })
})

describe('checkWebPageLink', () => {
  test.each([
    ['the clinic’s own site', 'https://www.maplegrovepediatrics.example/forms/r.pdf'],
    ['another site, upper case', 'HTTPS://Forms.Example.org/Records?x=1'],
  ])('accepts %s', (_, url) => {
    const result = checkWebPageLink(url)
    expect(result).toEqual({ ok: true, value: new URL(url).href })
  })

  test.each([
    ['http', 'http://clinic.example/form', /^This address must start with https:\/\//],
    ['javascript:', 'javascript:alert(1)', /^This address must start with https:\/\//],
    ['relative', '/forms/records.pdf', /^This is not a full web address/],
    ['no scheme', 'clinic.example/form', /^This is not a full web address/],
    ['a user name', 'https://clinic.example@evil.example/form', /user name, a password or a port/],
    ['an empty user name', 'https://@evil.example/form', /user name, a password or a port/],
    ['a port', 'https://clinic.example:8443/form', /user name, a password or a port/],
    ['an IP address', 'https://127.0.0.1/form', /^This is not a full web address/],
    ['a single-label host', 'https://intranet/form', /^This is not a full web address/],
    ['not text', 42, /^This is not a full web address/],
  ])('refuses %s', (_, url, message) => {
    const result = checkWebPageLink(url)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(message)
  })
})
