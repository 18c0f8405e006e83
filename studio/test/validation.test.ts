import type { RawDocument } from '@doorway/content'
import { checkAppStoreUrl, validatePhone, validateTimeZone } from '@doorway/content/rules'
import { checkPortalLink, checkVendorDomain } from '@doorway/portal-link'
import { copyOf, errorsOf, loadSample, type Marker } from './harness'

// Each rule: the sample document passes (see sample.test.ts, and the "passes" cases here), and a
// changed copy fails with the expected message at the expected path. Expected messages come from
// the rule's owner (portal-link, content rules) where it owns them, after pinning the problem code.

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function changed(id: string, change: (doc: Doc) => void): RawDocument {
  const doc = copyOf(sample, id)
  change(doc)
  return doc
}

function error(path: string, message: string): Marker {
  return { level: 'error', path, message }
}

const SITE_HOSTS = ['maplegrovepediatrics.example', 'www.maplegrovepediatrics.example']
const VENDOR_DOMAINS = ['mychart.maplegrovehealth.example']

function portalMessage(href: string, problem: string, vendorDomains = VENDOR_DOMAINS): string {
  const result = checkPortalLink(href, { siteHosts: SITE_HOSTS, vendorDomains })
  if (result.ok) throw new Error(`${href} unexpectedly passes checkPortalLink`)
  expect(result.problem).toBe(problem)
  return result.message
}

describe('portal links are checked with @doorway/portal-link', () => {
  test('a sign-in address on the clinic’s own website gets an error on that field', async () => {
    const href = 'https://www.maplegrovepediatrics.example/portal'
    const clinic = changed('clinic', (doc) => {
      doc.portal.signInUrl = href
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.signInUrl', portalMessage(href, 'site-host')),
    ])
  })

  test('a sign-in address elsewhere on the vendor’s domain passes', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.signInUrl = 'https://mychart.maplegrovehealth.example/MyChart/Authentication/Login'
    })
    expect(await errorsOf(clinic, sample)).toEqual([])
  })

  test('a sign-in address off the vendor’s domain fails', async () => {
    const href = 'https://mychart.maplegrovehealth.example.attacker.example/MyChart/'
    const clinic = changed('clinic', (doc) => {
      doc.portal.signInUrl = href
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.signInUrl', portalMessage(href, 'not-vendor-domain')),
    ])
  })

  test('the sign-up address must be https', async () => {
    const href = 'http://mychart.maplegrovehealth.example/MyChart/signup'
    const clinic = changed('clinic', (doc) => {
      doc.portal.signUpUrl = href
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.signUpUrl', portalMessage(href, 'not-https')),
    ])
  })

  test('the optional sign-up address may be left empty', async () => {
    const clinic = changed('clinic', (doc) => {
      delete doc.portal.signUpUrl
    })
    expect(await errorsOf(clinic, sample)).toEqual([])
  })

  test('a relative family-access address fails', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.familyAccess.requestUrl = '/family-access'
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.familyAccess.requestUrl', portalMessage('/family-access', 'relative')),
    ])
  })

  test('a help link with a password in it fails at that item', async () => {
    const href = 'https://mychart.maplegrovehealth.example@evil.example/help'
    const clinic = changed('clinic', (doc) => {
      doc.portal.helpLinks[1].url = href
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.helpLinks[_key=="reset"].url', portalMessage(href, 'credentials')),
    ])
  })

  test('links are checked against the referenced vendor’s domains, read from the dataset', async () => {
    // Point the clinic at a second vendor whose only domain is somewhere else.
    const otherVendor = {
      _id: 'vendor-other',
      _type: 'portalVendor',
      name: 'Other',
      productName: 'Other portal',
      portalDomains: ['portal.other.example'],
    }
    const dataset = [...sample, otherVendor]
    const clinic = changed('clinic', (doc) => {
      doc.portal.vendor._ref = 'vendor-other'
    })
    const markers = await errorsOf(clinic, dataset)
    const signIn = 'https://mychart.maplegrovehealth.example/MyChart/'
    expect(markers).toContainEqual(
      error(
        'portal.signInUrl',
        portalMessage(signIn, 'not-vendor-domain', ['portal.other.example']),
      ),
    )
    expect(markers.map((marker) => marker.path).sort()).toEqual(
      [
        'portal.familyAccess.requestUrl',
        'portal.helpLinks[_key=="faq"].url',
        'portal.helpLinks[_key=="reset"].url',
        'portal.signInUrl',
        'portal.signUpUrl',
      ].sort(),
    )

    // Once that vendor declares the domain, the same links pass.
    const fixed = [
      ...sample,
      { ...otherVendor, portalDomains: ['portal.other.example', 'maplegrovehealth.example'] },
    ]
    expect(await errorsOf(clinic, fixed)).toEqual([])
  })

  test('a vendor that exists only as a draft is read from its draft', async () => {
    const draftVendor = {
      _id: 'drafts.vendor-new',
      _type: 'portalVendor',
      name: 'New',
      productName: 'New portal',
      portalDomains: ['mychart.maplegrovehealth.example'],
    }
    const clinic = changed('clinic', (doc) => {
      doc.portal.vendor._ref = 'vendor-new'
    })
    const markers = await errorsOf(clinic, [...sample, draftVendor])
    expect(markers.filter((marker) => marker.path !== 'portal.vendor')).toEqual([])
  })

  test('without a vendor, the vendor field and each link say to choose one first', async () => {
    const clinic = changed('clinic', (doc) => {
      delete doc.portal.vendor
    })
    const markers = await errorsOf(clinic, sample)
    expect(markers).toContainEqual(
      error(
        'portal.vendor',
        'Choose your portal vendor. Add it under "Portal vendors" first if it is not in the list.',
      ),
    )
    expect(markers).toContainEqual(
      error(
        'portal.signInUrl',
        'Choose the portal vendor (under Portal) first: this address is checked against the web domains of your portal vendor.',
      ),
    )
  })
})

describe('vendor domains are checked with @doorway/portal-link', () => {
  function domainMessage(domain: string, problem: string): string {
    const result = checkVendorDomain(domain, { siteHosts: SITE_HOSTS })
    if (result.ok) throw new Error(`${domain} unexpectedly passes checkVendorDomain`)
    expect(result.problem).toBe(problem)
    return result.message
  }

  test('a public suffix is too broad', async () => {
    const vendor = changed('vendor-epic-mychart', (doc) => {
      doc.portalDomains = ['mychart.maplegrovehealth.example', 'com']
    })
    expect(await errorsOf(vendor, sample)).toEqual([
      error('portalDomains[1]', domainMessage('com', 'public-suffix')),
    ])
  })

  test('a domain that covers the clinic’s website (read from the clinic document) fails', async () => {
    const vendor = changed('vendor-epic-mychart', (doc) => {
      doc.portalDomains = ['maplegrovepediatrics.example']
    })
    expect(await errorsOf(vendor, sample)).toEqual([
      error('portalDomains[0]', domainMessage('maplegrovepediatrics.example', 'covers-site')),
    ])
  })

  test('a vendor’s own domain passes, and at least one is required', async () => {
    const ok = changed('vendor-epic-mychart', (doc) => {
      doc.portalDomains = ['mychart.maplegrovehealth.example', 'myhealth.vendor.example']
    })
    expect(await errorsOf(ok, sample)).toEqual([])
    const none = changed('vendor-epic-mychart', (doc) => {
      doc.portalDomains = []
    })
    expect(await errorsOf(none, sample)).toEqual([
      error(
        'portalDomains',
        'List the web domain where the portal lives, for example mychart.yourclinic.org.',
      ),
    ])
  })
})

describe('phone numbers use the content package’s validatePhone', () => {
  const bad = validatePhone('555-01')
  if (bad.ok) throw new Error('expected 555-01 to be refused')

  test.each([
    ['contact-front-desk', 'phone'],
    ['location-downtown', 'phone'],
    ['clinic', 'mainPhone'],
    ['vendor-epic-mychart', 'supportPhone'],
  ])('%s %s', async (id, field) => {
    const doc = changed(id, (d) => {
      d[field] = '555-01'
    })
    expect(await errorsOf(doc, sample)).toEqual([error(field, bad.message)])
    const fine = changed(id, (d) => {
      d[field] = '+1 217 555 0177'
    })
    expect(await errorsOf(fine, sample)).toEqual([])
  })

  test('a missing contact phone says what to type', async () => {
    const contact = changed('contact-billing', (doc) => {
      delete doc.phone
    })
    expect(await errorsOf(contact, sample)).toEqual([
      error('phone', 'Type the phone number to call, for example (217) 555-0134.'),
    ])
  })

  test('the vendor help line is optional', async () => {
    const vendor = changed('vendor-epic-mychart', (doc) => {
      delete doc.supportPhone
    })
    expect(await errorsOf(vendor, sample)).toEqual([])
  })
})

describe('required fields say what to fill in', () => {
  test.each([
    [
      'clinic',
      'name',
      (doc: Doc) => delete doc.name,
      'Type the clinic’s name as patients know it.',
    ],
    [
      'clinic',
      'websiteHosts',
      (doc: Doc) => (doc.websiteHosts = []),
      'List your website address, for example maplegrovepediatrics.org.',
    ],
    [
      'clinic',
      'portal.features',
      (doc: Doc) => (doc.portal.features = []),
      'List at least one thing patients can do in the portal.',
    ],
    [
      'clinic',
      'portal.triage',
      (doc: Doc) => (doc.portal.triage = []),
      'Add at least one problem to the "Having trouble?" list.',
    ],
    [
      'clinic',
      'portal.triage[_key=="code"].contact',
      (doc: Doc) => delete doc.portal.triage[0].contact,
      'Choose whom patients should call about this problem.',
    ],
    [
      'clinic',
      'portal.familyAccess.summary',
      (doc: Doc) => delete doc.portal.familyAccess.summary,
      'Explain how parents get access to their child’s record, for example "Ask the front desk for a family access form."',
    ],
    [
      'contact-front-desk',
      'hours',
      (doc: Doc) => delete doc.hours,
      'Type when someone answers this phone, for example "Monday to Friday, 8 am to 5 pm".',
    ],
    [
      'location-downtown',
      'address.city',
      (doc: Doc) => delete doc.address.city,
      'Type the town or city.',
    ],
    [
      'vendor-epic-mychart',
      'productName',
      (doc: Doc) => delete doc.productName,
      'Type the name of the portal product, for example MyChart.',
    ],
  ] as const)('%s: %s', async (id, path, change, message) => {
    expect(await errorsOf(changed(id, change), sample)).toEqual([error(path, message)])
  })
})

describe('family access age', () => {
  test.each([
    [30, 'Type an age from 0 to 21.'],
    [12.5, 'Type a whole number of years.'],
  ])('%s', async (age, message) => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.familyAccess.parentViewChangesAtAge = age
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.familyAccess.parentViewChangesAtAge', message),
    ])
  })
})

describe('website hosts and app links use the content package’s rules', () => {
  test('a website address typed with https:// fails', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.websiteHosts = ['https://maplegrovepediatrics.example/']
    })
    const markers = await errorsOf(clinic, sample)
    expect(markers).toContainEqual(
      error(
        'websiteHosts[0]',
        'Type only your website name, without https://, slashes or spaces, for example maplegrovepediatrics.org.',
      ),
    )
  })

  test('a Google Play link that points to the App Store fails', async () => {
    const appleUrl = 'https://apps.apple.com/us/app/mychart/id382952264'
    const result = checkAppStoreUrl('google', appleUrl)
    if (result.ok) throw new Error('expected the App Store address to fail as a Google Play link')
    const clinic = changed('clinic', (doc) => {
      doc.portal.appLinks[1].url = appleUrl
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.appLinks[_key=="android"].url', result.message),
    ])
  })
})

describe('location slugs', () => {
  test('a slug another location uses fails, with a suggestion', async () => {
    const location = changed('location-northside', (doc) => {
      doc.slug.current = 'downtown'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'slug',
        'Another location already uses the web address name "downtown". Change it, for example to "downtown-2".',
      ),
    ])
  })

  test('a location’s own draft does not clash with its published version', async () => {
    const draft = { ...copyOf(sample, 'location-downtown'), _id: 'drafts.location-downtown' }
    expect(await errorsOf(draft, [...sample, draft])).toEqual([])
  })

  test('a new slug passes', async () => {
    const location = changed('location-northside', (doc) => {
      doc.slug.current = 'north-side'
    })
    expect(await errorsOf(location, sample)).toEqual([])
  })

  test('a slug with spaces or capitals fails', async () => {
    const location = changed('location-northside', (doc) => {
      doc.slug.current = 'North Side'
    })
    const [marker] = await errorsOf(location, sample)
    expect(marker).toEqual(
      error(
        'slug',
        expect.stringContaining(
          'lower-case letters, digits and single dashes',
        ) as unknown as string,
      ),
    )
  })

  test('a missing slug says to click Generate', async () => {
    const location = changed('location-northside', (doc) => {
      delete doc.slug
    })
    expect(await errorsOf(location, sample)).toEqual([
      error('slug', 'Click "Generate" to make the web address name (slug) from the location name.'),
    ])
  })
})

describe('time zone', () => {
  test('an unknown time zone fails with the content package’s message', async () => {
    const result = validateTimeZone('America/Springfield')
    if (result.ok) throw new Error('expected America/Springfield to be refused')
    const location = changed('location-riverside', (doc) => {
      doc.timeZone = 'America/Springfield'
    })
    expect(await errorsOf(location, sample)).toEqual([error('timeZone', result.message)])
  })

  test('any real IANA zone passes', async () => {
    const location = changed('location-riverside', (doc) => {
      doc.timeZone = 'America/Indiana/Indianapolis'
    })
    expect(await errorsOf(location, sample)).toEqual([])
  })
})

describe('opening hours', () => {
  test('a closed day with a time fails at that time', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[6].opens = '09:00'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'openingHours[_key=="sun"].opens',
        'This day is marked closed but has a time. Remove the time, or untick "Closed".',
      ),
    ])
  })

  test('closing before opening fails at the closing time', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[0].closes = '07:00'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'openingHours[_key=="mon"].closes',
        'The closing time must be later than the opening time.',
      ),
    ])
  })

  test('an open day without a closing time fails', async () => {
    const location = changed('location-downtown', (doc) => {
      delete doc.openingHours[2].closes
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'openingHours[_key=="wed"].closes',
        'Type the closing time, or tick "Closed" for this day.',
      ),
    ])
  })

  test('a time not written HH:MM gets the model’s message', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[1].opens = '8am'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'openingHours[_key=="tue"].opens',
        'Write the time as 24-hour HH:MM, for example 08:30 or 17:00.',
      ),
    ])
  })

  test('a day listed twice fails on the list', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[1].day = 'Monday'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error('openingHours', 'Monday is listed more than once. Remove one of them.'),
    ])
  })
})

describe('outage notice', () => {
  const notice = {
    _type: 'outageNotice',
    message: 'MyChart is down for updates.',
    startsAt: '2026-03-01T06:00:00Z',
  }

  test('a notice that ends after it starts passes', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.outageNotice = { ...notice, endsAt: '2026-03-01T11:00:00Z' }
    })
    expect(await errorsOf(clinic, sample)).toEqual([])
  })

  test('a notice that ends before it starts fails at the end', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.outageNotice = { ...notice, endsAt: '2026-03-01T05:00:00Z' }
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error(
        'portal.outageNotice.endsAt',
        'The notice ends before it starts. Choose an end time after the start time.',
      ),
    ])
  })

  test('a notice without an end says to choose one', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.outageNotice = { ...notice }
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.outageNotice.endsAt', 'Choose the date and time the notice ends.'),
    ])
  })
})
