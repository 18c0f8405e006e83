import type { RawDocument } from '@doorway/content'
import {
  checkAppStoreUrl,
  checkDayRanges,
  checkEmail,
  checkHandoutLink,
  checkLanguageTag,
  checkPhone,
  checkTagline,
  checkTimeZone,
} from '@doorway/content/rules'
import { handoutNote, HANDOUT_NOTE_MAX_LENGTH } from '@doorway/content/model'
import { inEnglish } from '../validation/translated'
import { checkPortalLink, checkVendorDomain } from '@doorway/portal-link'
import { US_TIME_ZONES } from '../schemaTypes/documents/location'
import type { ObjectSchemaType } from 'sanity'
import { copyOf, errorsOf, loadSample, schema, type Marker, setText } from './harness'

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

// The Studio asks to publish the vendor after adding a domain: lookups read its published copy.
const PUBLISH_ADVICE = ', then publish the portal vendor.'

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
    const message = portalMessage(href, 'not-vendor-domain')
    expect(message).toMatch(/add its domain to the portal vendor if it is really theirs\.$/)
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.signInUrl', message.replace(/\.$/, PUBLISH_ADVICE)),
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

  test('the optional sign-up address may be left empty (the printed sheet’s QR code then goes to sign-in)', async () => {
    const clinic = changed('clinic', (doc) => {
      delete doc.portal.signUpUrl
      delete doc.portal.handoutQrLink
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
      setText(doc.portal.helpLinks[1].url, href)
    })
    const message = portalMessage(href, 'credentials')
    expect(message).toContain('the plain sign-in address')
    expect(await errorsOf(clinic, sample)).toEqual([
      error(
        'portal.helpLinks[_key=="reset"].url[_key=="en"].value',
        message.replace('the plain sign-in address', 'the plain help page address'),
      ),
    ])
  })

  test.each([
    ['portal.signUpUrl', 'sign-up address'],
    ['portal.familyAccess.requestUrl', 'family-access request address'],
    ['portal.helpLinks[_key=="faq"].url[_key=="en"].value', 'help page address'],
  ])('%s is called the %s in its messages', async (path, name) => {
    const href = 'https://www.maplegrovepediatrics.example/help'
    const clinic = changed('clinic', (doc) => {
      doc.portal.signUpUrl = href
      doc.portal.familyAccess.requestUrl = href
      setText(doc.portal.helpLinks[0].url, href)
    })
    const message = portalMessage(href, 'site-host')
    expect(message).toContain('Paste the sign-in address')
    const markers = await errorsOf(clinic, sample)
    expect(markers).toContainEqual(error(path, message.replace('sign-in address', name)))
    expect(markers.filter((marker) => marker.message.includes('sign-in'))).toEqual([])
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
        portalMessage(signIn, 'not-vendor-domain', ['portal.other.example']).replace(
          /\.$/,
          PUBLISH_ADVICE,
        ),
      ),
    )
    expect(markers.map((marker) => marker.path).sort()).toEqual(
      [
        'portal.familyAccess.requestUrl',
        // Each language's own help page address is checked: the sample has a Spanish one.
        'portal.helpLinks[_key=="faq"].url[_key=="en"].value',
        'portal.helpLinks[_key=="faq"].url[_key=="es"].value',
        'portal.helpLinks[_key=="reset"].url[_key=="en"].value',
        // The bill-pay page follows the clinic's vendor; the other portal keeps its own.
        'portal.helpTopics.bills.payOnlineUrl',
        'portal.helpTopics.passwordReset.resetUrl',
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

  const draftVendor = {
    _id: 'drafts.vendor-new',
    _type: 'portalVendor',
    name: 'New',
    productName: 'New portal',
    portalDomains: ['mychart.maplegrovehealth.example'],
  }

  test('a vendor that exists only as a draft is read from its draft, and must be published', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.portal.vendor._ref = 'vendor-new'
    })
    expect(await errorsOf(clinic, [...sample, draftVendor])).toEqual([
      error(
        'portal.vendor',
        'What you chose here has not been published yet, so the website cannot use it. Open it under Portal vendors or Support contacts and click Publish.',
      ),
    ])
  })

  test('a draft-only vendor missing the domain says to add it, without the publish advice twice', async () => {
    const href = 'https://mychart.maplegrovehealth.example.attacker.example/MyChart/'
    const clinic = changed('clinic', (doc) => {
      doc.portal.vendor._ref = 'vendor-new'
      doc.portal.signInUrl = href
    })
    const markers = await errorsOf(clinic, [...sample, draftVendor])
    // Adding the domain to the draft fixes the link here; the vendor field already says to publish.
    expect(markers).toContainEqual(
      error('portal.signInUrl', portalMessage(href, 'not-vendor-domain')),
    )
    expect(markers.map((marker) => marker.path)).toEqual(['portal.signInUrl', 'portal.vendor'])
  })

  test('a domain only in the published vendor’s draft does not count yet', async () => {
    const href = 'https://portal.newhost.example/MyChart/'
    const draft = {
      ...copyOf(sample, 'vendor-epic-mychart'),
      _id: 'drafts.vendor-epic-mychart',
      portalDomains: ['mychart.maplegrovehealth.example', 'portal.newhost.example'],
    }
    const clinic = changed('clinic', (doc) => {
      doc.portal.signInUrl = href
    })
    expect(await errorsOf(clinic, [...sample, draft])).toEqual([
      error(
        'portal.signInUrl',
        portalMessage(href, 'not-vendor-domain').replace(/\.$/, PUBLISH_ADVICE),
      ),
    ])
    // Published, the same domain lets the link through.
    const published = { ...draft, _id: 'vendor-epic-mychart' }
    const dataset = [...sample.filter((doc) => doc._id !== 'vendor-epic-mychart'), published]
    expect(await errorsOf(clinic, dataset)).toEqual([])
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
        'Choose the portal vendor (under Portal) first: this sign-in address is checked against the web domains of your portal vendor.',
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
        'List the web address where the portal lives, for example mychart.yourclinic.org.',
      ),
    ])
  })
})

describe('phone numbers use the content package’s checkPhone', () => {
  const bad = checkPhone('555-01')
  if (bad.ok) throw new Error('expected 555-01 to be refused')

  test.each([
    ['contact-front-desk', 'phone'],
    ['location-downtown', 'phone'],
    ['clinic', 'mainPhone'],
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
      'portal.triage[_key=="sick"].contact',
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
  const MESSAGE = 'Choose this location’s time zone from the list, for example Central (Chicago).'

  test('every zone in the list is one the content package accepts', () => {
    expect(US_TIME_ZONES.length).toBeGreaterThan(8)
    for (const { value } of US_TIME_ZONES) expect(checkTimeZone(value)).toMatchObject({ ok: true })
  })

  test.each(['America/New_York', 'America/Phoenix', 'Pacific/Honolulu', 'America/Puerto_Rico'])(
    '%s passes',
    async (zone) => {
      const location = changed('location-riverside', (doc) => {
        doc.timeZone = zone
      })
      expect(await errorsOf(location, sample)).toEqual([])
    },
  )

  test('a zone that is not a time zone fails, with one message', async () => {
    expect(checkTimeZone('America/Springfield')).toMatchObject({ ok: false })
    const location = changed('location-riverside', (doc) => {
      doc.timeZone = 'America/Springfield'
    })
    expect(await errorsOf(location, sample)).toEqual([error('timeZone', MESSAGE)])
  })

  test('a real zone outside the list, or none, gets the same message', async () => {
    for (const change of [
      (doc: Doc) => (doc.timeZone = 'Europe/London'),
      (doc: Doc) => delete doc.timeZone,
    ]) {
      expect(await errorsOf(changed('location-riverside', change), sample)).toEqual([
        error('timeZone', MESSAGE),
      ])
    }
  })
})

describe('medical specialty', () => {
  test('a schema.org specialty from the list passes; free text fails', async () => {
    const primary = changed('clinic', (doc) => {
      doc.medicalSpecialty = 'PrimaryCare'
    })
    expect(await errorsOf(primary, sample)).toEqual([])
    const freeText = changed('clinic', (doc) => {
      doc.medicalSpecialty = 'Family practice'
    })
    expect(await errorsOf(freeText, sample)).toEqual([
      error(
        'medicalSpecialty',
        'Choose your medical specialty, for example Children’s care (Pediatric).',
      ),
    ])
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

  test('a time not from the list (an import) says to choose one, in one message', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[1].opens = '8am'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'openingHours[_key=="tue"].opens',
        'Choose the time from the list, for example 8:30 am.',
      ),
    ])
  })

  test('two lines for one day (a lunch break) pass, in any order', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[0].closes = '12:00'
      doc.openingHours.push({
        _key: 'mon-pm',
        _type: 'openingHours',
        day: 'Monday',
        opens: '13:00',
        closes: '17:00',
      })
    })
    expect(await errorsOf(location, sample)).toEqual([])
  })

  test('lines of one day that overlap fail on the later one, with the rule check uses', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[4].day = 'Monday'
      doc.openingHours[4].opens = '12:00'
    })
    const rows = copyOf(sample, 'location-downtown').openingHours as Record<string, unknown>[]
    rows[4] = { ...rows[4], day: 'Monday', opens: '12:00' }
    const problems = checkDayRanges(rows)
    expect([...problems.keys()]).toEqual([4])
    expect(problems.get(4)?.message).toMatch(
      /^Monday has hours that overlap: 8:00 am – 5:00 pm and 12:00 pm – 5:00 pm\./,
    )
    expect(await errorsOf(location, sample)).toEqual([
      error('openingHours[_key=="fri"].opens', problems.get(4)!.message),
    ])
  })

  test('a closed day with another line fails on that line’s day', async () => {
    const location = changed('location-downtown', (doc) => {
      doc.openingHours[5].day = 'Sunday'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'openingHours[_key=="sun"].day',
        'Sunday is marked closed, but it has another line. Remove the extra line, or untick "Closed" and give each line its times.',
      ),
    ])
  })
})

describe('special hours', () => {
  const entry = (key: string) => (doc: Doc) =>
    (doc.specialHours as Doc[]).find((e) => e._key === key)!

  test('the sample’s holidays pass: closed days, a range of days, a short day', async () => {
    expect(await errorsOf(copyOf(sample, 'location-downtown'), sample)).toEqual([])
  })

  test('a last day before the first fails at the last day', async () => {
    const location = changed('location-downtown', (doc) => {
      entry('thanksgiving-2026')(doc).lastDay = '2026-11-20'
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'specialHours[_key=="thanksgiving-2026"].lastDay',
        'The last day is before the first day. Choose a last day on or after the first day, or leave it empty for one day.',
      ),
    ])
  })

  test('open without times, or closed with times, fails at the times', async () => {
    const location = changed('location-downtown', (doc) => {
      entry('christmas-eve-2026')(doc).hours = []
      entry('christmas-2026')(doc).hours = [
        { _key: 'x', _type: 'timeRange', opens: '09:00', closes: '12:00' },
      ]
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'specialHours[_key=="christmas-eve-2026"].hours',
        'Add the opening times for these days, or tick "Closed" if you are closed all day.',
      ),
      error(
        'specialHours[_key=="christmas-2026"].hours',
        'These days are marked closed but have opening times. Remove the times, or untick "Closed".',
      ),
    ])
  })

  test('a range that ends before it starts, or overlaps another, fails at its time', async () => {
    const location = changed('location-downtown', (doc) => {
      entry('christmas-eve-2026')(doc).hours = [
        { _key: 'a', _type: 'timeRange', opens: '08:00', closes: '12:00' },
        { _key: 'b', _type: 'timeRange', opens: '11:00', closes: '14:00' },
        { _key: 'c', _type: 'timeRange', opens: '16:00', closes: '15:00' },
      ]
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'specialHours[_key=="christmas-eve-2026"].hours[_key=="b"].opens',
        'This entry has hours that overlap: 8:00 am – 12:00 pm and 11:00 am – 2:00 pm. Change the times so one ends before the next begins (for a lunch break, for example 8:00 am – 12:00 pm and 1:00 pm – 5:00 pm), or join them into one line.',
      ),
      error(
        'specialHours[_key=="christmas-eve-2026"].hours[_key=="c"].closes',
        'The closing time must be later than the opening time.',
      ),
    ])
  })

  test('a missing first day or reason says what to fill in', async () => {
    const location = changed('location-downtown', (doc) => {
      delete entry('christmas-2026')(doc).firstDay
      setText(entry('christmas-2026')(doc).reason, '  ')
    })
    expect(await errorsOf(location, sample)).toEqual([
      error(
        'specialHours[_key=="christmas-2026"].firstDay',
        'Choose the first day from the calendar.',
      ),
      error(
        'specialHours[_key=="christmas-2026"].reason',
        'Type the reason, for example Thanksgiving.',
      ),
    ])
  })
})

describe('outage notice', () => {
  const notice = {
    _type: 'outageNotice',
    message: inEnglish('MyChart is down for updates.', 'Text'),
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

describe('text of only spaces counts as empty, as in the content model', () => {
  test('a contact name of spaces gets the name’s own message', async () => {
    const contact = changed('contact-front-desk', (doc) => {
      setText(doc.name, '   ')
    })
    expect(await errorsOf(contact, sample)).toEqual([
      error('name', 'Type who answers this phone, for example Front desk.'),
    ])
  })
})

describe('content releases', () => {
  const RELEASE = 'rSpring'
  const inRelease = (doc: RawDocument, release = RELEASE): RawDocument => ({
    ...structuredClone(doc),
    _id: `versions.${release}.${doc._id}`,
  })

  test('a location’s copy in a release does not clash with its own published slug', async () => {
    const copy = inRelease(copyOf(sample, 'location-downtown'))
    expect(await errorsOf(copy, [...sample, copy])).toEqual([])
  })

  test('another location’s copy in a release still holds its slug', async () => {
    const other = inRelease({ ...copyOf(sample, 'location-riverside'), _id: 'location-east' })
    ;(other as Doc).slug.current = 'east'
    const location = changed('location-northside', (doc) => {
      doc.slug.current = 'east'
    })
    expect(await errorsOf(location, [...sample, other])).toEqual([
      error(
        'slug',
        'Another location already uses the web address name "east". Change it, for example to "east-2".',
      ),
    ])
  })

  // A release copy of the clinic whose website is the vendor's domain: only a vendor copy in the
  // same release is checked against it.
  const releaseClinic = () =>
    inRelease(
      changed('clinic', (doc) => {
        doc.websiteHosts = ['mychart.maplegrovehealth.example']
      }),
    )

  test('a clinic copy in a release is not read as the published clinic', async () => {
    // First in the dataset, so a look-up that took it for the published clinic would find it first.
    const dataset = [releaseClinic(), ...sample]
    expect(await errorsOf(copyOf(sample, 'vendor-epic-mychart'), dataset)).toEqual([])
  })

  test('a vendor copy in the same release is checked against that release’s clinic', async () => {
    const dataset = [releaseClinic(), ...sample]
    const vendor = inRelease(copyOf(sample, 'vendor-epic-mychart'))
    const covers = checkVendorDomain('mychart.maplegrovehealth.example', {
      siteHosts: ['mychart.maplegrovehealth.example'],
    })
    if (covers.ok) throw new Error('expected the domain to cover the release clinic’s website')
    expect(await errorsOf(vendor, dataset)).toEqual([error('portalDomains[0]', covers.message)])
  })

  test('a clinic copy reads a vendor that exists only in the same release', async () => {
    const vendor = inRelease({ ...copyOf(sample, 'vendor-epic-mychart'), _id: 'vendor-new' })
    const clinic = inRelease(
      changed('clinic', (doc) => {
        doc.portal.vendor._ref = 'vendor-new'
      }),
    )
    expect(await errorsOf(clinic, [...sample, vendor])).toEqual([])
    // In another release that vendor is not there yet.
    const elsewhere = { ...clinic, _id: 'versions.rSummer.clinic' }
    const markers = await errorsOf(elsewhere, [...sample, vendor])
    expect(markers).toContainEqual(
      error(
        'portal.signInUrl',
        'The chosen portal vendor could not be found. Choose the portal vendor again (under Portal), then check this sign-in address.',
      ),
    )
  })
})

describe('the language-assistance notices use the content package’s rules', () => {
  const rule = <T>(result: { ok: true; value: T } | { ok: false; message: string }): string => {
    if (result.ok) throw new Error('the rule unexpectedly passes')
    return result.message
  }

  test('each bad value gets the same message as the check, on its own field', async () => {
    const clinic = changed('clinic', (doc) => {
      const la = doc.languageAssistance
      la.coordinatorEmail = 'civil rights at maple grove'
      la.taglines[1].language = 'Polish'
      la.taglines[3].text = 'Llame al (217) 555-0100.'
      la.taglines.push({ _key: 'tl-sw', _type: 'tagline', language: 'sw' })
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('languageAssistance.coordinatorEmail', rule(checkEmail('civil rights at maple grove'))),
      error(
        'languageAssistance.taglines[_key=="tl-pl"].language',
        rule(checkLanguageTag('Polish')),
      ),
      error(
        'languageAssistance.taglines[_key=="tl-ko"].text',
        rule(checkTagline('ko', 'Llame al (217) 555-0100.')),
      ),
      error('languageAssistance.taglines[_key=="tl-sw"].text', rule(checkTagline('sw', undefined))),
    ])
  })

  test('a language listed twice is refused on the list, naming it', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.languageAssistance.taglines[2].language = 'es'
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('languageAssistance.taglines', 'Spanish is listed twice. Remove one of them.'),
    ])
  })

  test('a tagline left empty for a listed language passes (the ready-made one is used)', async () => {
    const clinic = changed('clinic', (doc) => {
      doc.languageAssistance.taglines = [{ _key: 'a', _type: 'tagline', language: 'vi' }]
    })
    expect(await errorsOf(clinic, sample)).toEqual([])
  })
})

describe('the printed sign-up sheet uses the content model and rules', () => {
  const ruleMessage = (result: { ok: true } | { ok: false; message: string }): string => {
    if (result.ok) throw new Error('the rule unexpectedly passes')
    return result.message
  }
  const noteMessage = (note: string): string => {
    const parsed = handoutNote.safeParse(note)
    if (parsed.success) throw new Error('the note unexpectedly passes the model')
    return parsed.error.issues[0]!.message
  }

  test('a QR code set to sign-up without a sign-up address fails on the choice, with check’s message', async () => {
    const clinic = changed('clinic', (doc) => {
      delete doc.portal.signUpUrl
    })
    expect((clinic as Doc).portal.handoutQrLink).toBe('sign-up')
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.handoutQrLink', ruleMessage(checkHandoutLink('sign-up', undefined))),
    ])
  })

  test.each([
    ['sign-in, without a sign-up address', 'sign-in', false],
    ['left empty, without a sign-up address', undefined, false],
    ['sign-up, with a sign-up address', 'sign-up', true],
  ])('a QR code choice of %s passes', async (_, choice, signUp) => {
    const clinic = changed('clinic', (doc) => {
      if (choice === undefined) delete doc.portal.handoutQrLink
      else doc.portal.handoutQrLink = choice
      if (!signUp) delete doc.portal.signUpUrl
    })
    expect(await errorsOf(clinic, sample)).toEqual([])
  })

  test('the Studio offers exactly the model’s choices', () => {
    const portal = schema.get('portalSettings') as ObjectSchemaType
    const field = portal.fields.find((f) => f.name === 'handoutQrLink')!
    const list = (field.type.options as { list: { value: string }[] }).list
    expect(list.map((item) => item.value)).toEqual(['sign-up', 'sign-in'])
  })

  test.each([
    ['too long', 'x'.repeat(HANDOUT_NOTE_MAX_LENGTH + 1)],
    ['on two lines', 'Ask us for your code.\nIt lasts 30 days.'],
  ])('a note that is %s fails with the model’s message', async (_, note) => {
    const clinic = changed('clinic', (doc) => {
      setText(doc.portal.handoutNote, note)
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.handoutNote[_key=="en"].value', noteMessage(note)),
    ])
  })

  test('a Spanish note gets the same rule, named for its language, at its own box', async () => {
    const note = 'Pídanos su código.\nDura 30 días.'
    const clinic = changed('clinic', (doc) => {
      setText(doc.portal.handoutNote, note, 'es')
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('portal.handoutNote[_key=="es"].value', `Spanish: ${noteMessage(note)}`),
    ])
  })

  test('a note of exactly the longest length passes, and so does none', async () => {
    for (const note of ['y'.repeat(HANDOUT_NOTE_MAX_LENGTH), undefined]) {
      const clinic = changed('clinic', (doc) => {
        if (note === undefined) delete doc.portal.handoutNote
        else setText(doc.portal.handoutNote, note)
      })
      expect(await errorsOf(clinic, sample)).toEqual([])
    }
  })
})
