import {
  checkSite,
  ContentProblemsError,
  formatProblem,
  runQuery,
  SITE_QUERY,
  type ContentProblem,
  type RawDocument,
} from '../src'
import { checkPortalLink } from '@doorway/portal-link'
import { check, problemsOf, sampleDocs } from './helpers'

// Exact messages from @doorway/portal-link, repeated here so a change to them shows up in review.
const SITE_HOST =
  'This address is a page of your own website. Paste the sign-in address your portal vendor gave you, for example https://mychart.yourclinic.org.'
const NOT_HTTPS =
  "This address must start with https:// so patients' information stays private. Paste the https:// address your portal vendor gave you, for example https://mychart.yourclinic.org."
// Each names its own field: this one is the family-access request address's.
const NOT_VENDOR =
  "This address is not on your portal vendor's website. Paste the family-access request address your portal vendor gave you, or add its domain to the portal vendor if it is really theirs."
const RELATIVE =
  'This address is missing the start (https:// and the website name), so it would open a page of your own website. Paste the full address your portal vendor gave you, for example https://mychart.yourclinic.org.'
const PUBLIC_SUFFIX =
  "This is too broad: it would allow websites of anyone who owns a name ending in it. Type the vendor's own domain, for example mychart.yourclinic.org."
const COVERS_SITE =
  "This domain includes your own website, so it would allow links to your own pages. Type only the portal vendor's domain, for example mychart.yourclinic.org."
const BAD_PHONE =
  'This is not a phone number that can be dialled. Type the full number with its area code, for example (217) 555-0100.'

type Docs = Awaited<ReturnType<typeof sampleDocs>>

/** Breaks a fresh copy of the sample with `mutate` and returns what check says. */
async function broken(mutate: (docs: Docs) => void, options: { siteUrl?: string | null } = {}) {
  const docs = await sampleDocs()
  mutate(docs)
  return problemsOf(docs, options)
}

const key = (list: { _key: string }[], k: string) => {
  const item = list.find((i) => i._key === k)
  if (item === undefined) throw new Error(`no item ${k}`)
  // Fixtures are deliberately broken documents: `any` lets a test set any field to anything.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return item as Record<string, any>
}

describe('checkSite on the sample', () => {
  it('finds zero problems and builds the site content', async () => {
    const result = await check(await sampleDocs())
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    const { content } = result
    expect(content.clinic).toMatchObject({
      id: 'clinic',
      name: 'Maple Grove Pediatrics',
      websiteHosts: ['maplegrovepediatrics.example', 'www.maplegrovepediatrics.example'],
      mainPhone: { display: '(217) 555-0100', href: 'tel:+12175550100' },
    })
    expect(content.portal.name).toBe('Maple Grove MyChart')
    expect(content.portal.vendor).toMatchObject({
      id: 'vendor-epic-mychart',
      portalDomains: ['mychart.maplegrovehealth.example'],
    })
    expect(content.portal.signUpHref).toBe(
      'https://mychart.maplegrovehealth.example/MyChart/signup',
    )
    expect(content.portal.familyAccess.parentViewChangesAtAge).toBe(12)
    expect(content.portal.appLinks.map((l) => [l.key, l.storeName])).toEqual([
      ['ios', 'App Store'],
      ['android', 'Google Play'],
    ])
    expect(content.portal.helpLinks.map((l) => l.key)).toEqual(['faq', 'reset'])
    expect(content.portal.outageNotice).toBeNull()
    // The office manager's order: the sick-child row first.
    expect(content.portal.triage.map((t) => [t.key, t.contact.id])).toEqual([
      ['sick', 'contact-nurse-line'],
      ['code', 'contact-front-desk'],
      ['child', 'contact-front-desk'],
      ['missing', 'contact-front-desk'],
      ['password', 'contact-mychart-help'],
      ['error', 'contact-mychart-help'],
      ['bill', 'contact-billing'],
    ])
    expect(content.clinic.adviceLine?.id).toBe('contact-nurse-line')
    expect(content.clinic.adviceLine?.phone.href).toBe('tel:+12175550155')
    // Contacts in the order the triage list first mentions them.
    expect(content.contacts.map((c) => c.id)).toEqual([
      'contact-nurse-line',
      'contact-front-desk',
      'contact-mychart-help',
      'contact-billing',
    ])
    expect(content.locations.map((l) => l.slug)).toEqual(['downtown', 'northside', 'riverside'])
    const downtown = content.locations[0]
    expect(downtown?.openingHours[0]).toEqual({
      day: 'Monday',
      ranges: [{ opens: '08:00', closes: '17:00' }],
    })
    expect(downtown?.openingHours[6]).toEqual({ day: 'Sunday', ranges: [] })
    expect(downtown?.specialHours[0]).toEqual({
      key: 'thanksgiving-2026',
      reason: 'Thanksgiving',
      firstDay: '2026-11-26',
      lastDay: '2026-11-27',
      ranges: [],
    })
    // A lunch break: two lines for one day become one day with two ranges, in time order.
    const riverside = content.locations[2]
    expect(riverside?.openingHours[0]).toEqual({
      day: 'Monday',
      ranges: [
        { opens: '08:30', closes: '12:00' },
        { opens: '13:00', closes: '16:30' },
      ],
    })
    expect(downtown?.phone).toEqual({ display: '(217) 555-0101', href: 'tel:+12175550101' })
    expect(downtown?.acceptingNewPatients).toBe(true)
  })

  it('treats unset optional fields as absent, and sorts locations and days', async () => {
    const docs = await sampleDocs()
    delete docs.clinic.portal.signUpUrl
    delete docs.clinic.portal.handoutQrLink
    delete docs.clinic.portal.handoutNote
    delete docs.clinic.portal.displayName
    delete docs.clinic.languageHelp
    docs['location-downtown'].name = 'Zebra Street clinic'
    docs['location-downtown'].openingHours.reverse()
    const result = await check(docs)
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    expect(result.content.portal.signUpHref).toBeNull()
    // Without a sign-up address, the printed sheet's QR code goes to the sign-in address.
    expect(result.content.portal.handout).toEqual({
      link: 'sign-in',
      href: result.content.portal.signInHref,
      note: null,
    })
    expect(result.content.portal.name).toBe('MyChart')
    expect(result.content.clinic.languageHelp).toBeNull()
    expect(result.content.locations.map((l) => l.slug)).toEqual([
      'northside',
      'riverside',
      'downtown',
    ])
    expect(result.content.locations[2]?.openingHours.map((h) => h.day)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
  })

  it('throws a TypeError when given something that is not a SITE_QUERY result', () => {
    expect(() => checkSite([])).toThrow(TypeError)
    expect(() => checkSite({ clinics: [] })).toThrow(/clinics, vendors, contacts and locations/)
  })
})

describe('rule: the zod model, in plain words', () => {
  it('names a missing required field', async () => {
    expect(await broken((d) => delete d.clinic.name)).toEqual([
      { documentId: 'clinic', path: 'name', message: 'The clinic name is missing.' },
    ])
  })

  it('tells how to mend a list item that has no key (added outside the Studio)', async () => {
    const problems = await broken((d) => delete key(d.clinic.portal.triage, 'sick')._key)
    expect(problems).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.triage[0]._key',
        message:
          'This list item has no key, which happens when it was added outside the Studio. Remove it and add it again in the Studio.',
      },
    ])
  })

  it('names an empty text field inside an array item by its _key', async () => {
    expect(await broken((d) => (key(d.clinic.portal.triage, 'code').problem = '   '))).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.triage[code].problem',
        message: 'The problem is empty.',
      },
    ])
  })

  it('names a primitive list item by its index', async () => {
    expect(await broken((d) => (d.clinic.portal.features[1] = 3))).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.features[1]',
        message: 'This should be a group of fields. Fill it in again in the Studio.',
      },
    ])
  })

  it('names a translated text inside a list item by the item’s _key', async () => {
    expect(await broken((d) => (d.clinic.portal.features[1].text = 3))).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.features[f2].text',
        message: 'A feature should be plain text. Type it again.',
      },
    ])
  })

  it('words issues the model has no message for without zod jargon', async () => {
    const problems = await broken((d) => {
      delete d.clinic.portal.vendor
      d['location-riverside'].acceptingNewPatients = 'no'
    })
    expect(problems).toEqual([
      { documentId: 'clinic', path: 'portal.vendor', message: 'This is missing. Fill it in.' },
      {
        documentId: 'location-riverside',
        path: 'acceptingNewPatients',
        message: 'This should be yes or no. Fill it in again in the Studio.',
      },
    ])
    for (const p of problems)
      expect(p.message).not.toMatch(/expected|received|invalid_type|ZodError/i)
  })

  it('reports a wrong kind of value, an unknown choice and a malformed time', async () => {
    expect(
      await broken((d) => {
        d.clinic.portal.familyAccess.parentViewChangesAtAge = 'twelve'
        key(d.clinic.portal.appLinks, 'ios').store = 'windows'
        key(d['location-downtown'].openingHours, 'mon').opens = '8am'
      }),
    ).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.familyAccess.parentViewChangesAtAge',
        message: 'Type the age, as a number, at which a parent’s view changes.',
      },
      {
        documentId: 'clinic',
        path: 'portal.appLinks[ios].store',
        message: 'Choose the App Store (apple) or Google Play (google).',
      },
      {
        documentId: 'location-downtown',
        path: 'openingHours[mon].opens',
        message: 'Write the time as 24-hour HH:MM, for example 08:30 or 17:00.',
      },
    ])
  })

  it('treats null (an unset field in Sanity) as missing', async () => {
    expect(await broken((d) => (d.clinic.portal.signInUrl = null))).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.signInUrl',
        message: 'The sign-in address is missing.',
      },
    ])
  })
})

describe('rule: exactly one clinic', () => {
  it('says so when there is no clinic, with advice that fits where the content came from', async () => {
    const docs = await sampleDocs()
    delete docs.clinic
    const result = await runQuery(SITE_QUERY, Object.values(docs) as RawDocument[])
    const messageFor = (source?: 'sanity' | 'local') => {
      const checked = checkSite(result, source === undefined ? {} : { source })
      return checked.ok
        ? []
        : checked.problems.map(({ documentId, path, message }) => ({ documentId, path, message }))
    }
    const only = (message: string) => [{ documentId: 'dataset', path: '', message }]
    expect(messageFor('sanity')).toEqual(
      only(
        'This dataset has no clinic document, so there is no site to build. Create the clinic in the Studio and publish it. (For developers: SANITY_PROJECT_ID and SANITY_DATASET choose the project and dataset read.)',
      ),
    )
    expect(messageFor('local')).toEqual(
      only(
        'This dataset has no clinic document, so there is no site to build. The file being checked has no clinic in it: use your clinic’s own dataset file, or publish the clinic in the Studio and export the dataset again. (For developers: CONTENT_DATASET or --dataset chooses the file.)',
      ),
    )
    expect(messageFor()).toEqual(
      only(
        'This dataset has no clinic document, so there is no site to build. Create the clinic in the Studio and publish it.',
      ),
    )
  })

  it('names every clinic when there are two', async () => {
    const message =
      'This dataset has 2 clinic documents, but a site shows one clinic. Delete the extra clinic, or move it to its own dataset.'
    expect(
      await broken((d) => {
        d['clinic-2'] = { ...structuredClone(d.clinic), _id: 'clinic-2', name: 'Second clinic' }
      }),
    ).toEqual([
      { documentId: 'clinic', path: '', message },
      { documentId: 'clinic-2', path: '', message },
    ])
  })
})

describe('rule: every reference resolves', () => {
  it('reports a triage contact that does not exist', async () => {
    expect(
      await broken((d) => (key(d.clinic.portal.triage, 'bill').contact._ref = 'contact-gone')),
    ).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.triage[bill].contact',
        message:
          'This points to a support contact that does not exist or is not published (id "contact-gone"). Choose the contact again, and publish it.',
      },
    ])
  })

  it('reports an advice line that does not exist, and leaves it out when unset', async () => {
    expect(await broken((d) => (d.clinic.adviceLine._ref = 'contact-gone'))).toEqual([
      {
        documentId: 'clinic',
        path: 'adviceLine',
        message:
          'This points to a support contact that does not exist or is not published (id "contact-gone"). Choose the contact again, and publish it.',
      },
    ])
    const docs = await sampleDocs()
    delete docs.clinic.adviceLine
    const result = await check(docs)
    expect(result.ok && result.content.clinic.adviceLine).toBeNull()
  })

  it('reports a portal vendor that does not exist, and skips the address checks that need it', async () => {
    expect(await broken((d) => delete d['vendor-epic-mychart'])).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.vendor',
        message:
          'This points to a portal vendor that does not exist or is not published (id "vendor-epic-mychart"). Choose the portal vendor again, and publish it.',
      },
    ])
  })
})

describe('rule: every portal address passes @doorway/portal-link', () => {
  it('refuses a sign-in address on the clinic’s own website', async () => {
    expect(
      await broken(
        (d) => (d.clinic.portal.signInUrl = 'https://maplegrovepediatrics.example/portal'),
      ),
    ).toEqual([{ documentId: 'clinic', path: 'portal.signInUrl', message: SITE_HOST }])
  })

  it('checks the sign-up, family-access and help addresses too', async () => {
    expect(
      await broken((d) => {
        d.clinic.portal.signUpUrl = 'http://mychart.maplegrovehealth.example/MyChart/signup'
        d.clinic.portal.familyAccess.requestUrl = 'https://forms.example.org/proxy'
        key(d.clinic.portal.helpLinks, 'reset').url = '/portal/reset'
      }),
    ).toEqual([
      { documentId: 'clinic', path: 'portal.signUpUrl', message: NOT_HTTPS },
      { documentId: 'clinic', path: 'portal.familyAccess.requestUrl', message: NOT_VENDOR },
      { documentId: 'clinic', path: 'portal.helpLinks[reset].url', message: RELATIVE },
    ])
  })

  it('adds the host of SITE_URL to the website’s own hosts', async () => {
    // Deployed on the vendor's host (absurd, but it proves the SITE_URL host is counted).
    const siteUrl = 'https://mychart.maplegrovehealth.example'
    expect(await broken(() => undefined)).toEqual([])
    const problems = await broken(() => undefined, { siteUrl })
    expect(problems).toContainEqual({
      documentId: 'vendor-epic-mychart',
      path: 'portalDomains[0]',
      message: COVERS_SITE,
    })
  })
})

describe('rule: every vendor domain passes checkVendorDomain', () => {
  it('refuses a public suffix', async () => {
    expect(await broken((d) => d['vendor-epic-mychart'].portalDomains.push('com'))).toEqual([
      { documentId: 'vendor-epic-mychart', path: 'portalDomains[1]', message: PUBLIC_SUFFIX },
    ])
  })

  it('refuses a domain that covers the clinic’s website', async () => {
    expect(
      await broken((d) =>
        d['vendor-epic-mychart'].portalDomains.push('maplegrovepediatrics.example'),
      ),
    ).toEqual([
      { documentId: 'vendor-epic-mychart', path: 'portalDomains[1]', message: COVERS_SITE },
    ])
  })
})

describe('rule: clinic website hosts are host names', () => {
  it('refuses a full address where a host belongs', async () => {
    expect(
      await broken((d) => (d.clinic.websiteHosts[0] = 'https://maplegrovepediatrics.example/')),
    ).toEqual([
      {
        documentId: 'clinic',
        path: 'websiteHosts[0]',
        message:
          'Type only your website name, without https://, slashes or spaces, for example maplegrovepediatrics.org.',
      },
    ])
  })
})

describe('rule: app links are https on the store’s own host', () => {
  it('refuses the wrong store host and plain http', async () => {
    expect(
      await broken((d) => {
        key(d.clinic.portal.appLinks, 'ios').url =
          'https://play.google.com/store/apps/details?id=epic.mychart.android'
        key(d.clinic.portal.appLinks, 'android').url =
          'http://play.google.com/store/apps/details?id=epic.mychart.android'
      }),
    ).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.appLinks[ios].url',
        message:
          'This is not an App Store address. Open the portal app’s page in the App Store and paste its address; it starts with https://apps.apple.com/.',
      },
      {
        documentId: 'clinic',
        path: 'portal.appLinks[android].url',
        message:
          'This is not a Google Play address. Open the portal app’s page on Google Play and paste its address; it starts with https://play.google.com/.',
      },
    ])
  })
})

describe('rule: location slugs are URL-safe and unique', () => {
  it('refuses a slug with capitals and spaces', async () => {
    expect(await broken((d) => (d['location-northside'].slug.current = 'North Side'))).toEqual([
      {
        documentId: 'location-northside',
        path: 'slug.current',
        message:
          'The web address name (slug) may use only lower-case letters, digits and single dashes, for example north-side. Click "Generate" to make one.',
      },
    ])
  })

  it('refuses a slug another location already uses', async () => {
    expect(await broken((d) => (d['location-riverside'].slug.current = 'downtown'))).toEqual([
      {
        documentId: 'location-riverside',
        path: 'slug.current',
        message:
          'The location "Downtown clinic" already uses the web address name "downtown". Each location needs its own: change this one.',
      },
    ])
  })
})

describe('rule: phone numbers are valid', () => {
  it('refuses a number that cannot be dialled, in every document type', async () => {
    expect(
      await broken((d) => {
        d.clinic.mainPhone = '555-0100'
        d['contact-billing'].phone = '(217) 555'
        d['location-northside'].phone = '+1 000 000 0000'
      }),
    ).toEqual([
      { documentId: 'clinic', path: 'mainPhone', message: BAD_PHONE },
      { documentId: 'contact-billing', path: 'phone', message: BAD_PHONE },
      { documentId: 'location-northside', path: 'phone', message: BAD_PHONE },
    ])
  })
})

describe('rule: time zones are IANA names', () => {
  it('refuses an unknown time zone', async () => {
    expect(await broken((d) => (d['location-riverside'].timeZone = 'America/Springfield'))).toEqual(
      [
        {
          documentId: 'location-riverside',
          path: 'timeZone',
          message:
            'This is not a time zone name. Choose one from the list, for example America/Chicago.',
        },
      ],
    )
  })
})

describe('rule: opening hours make sense', () => {
  it('reports closing before opening, a closed day with times, a missing time and overlapping lines of one day', async () => {
    expect(
      await broken((d) => {
        const hours = d['location-downtown'].openingHours
        key(hours, 'mon').opens = '18:00'
        key(hours, 'sun').opens = '10:00'
        delete key(hours, 'tue').closes
        key(hours, 'sat').day = 'Friday'
      }),
    ).toEqual([
      {
        documentId: 'location-downtown',
        path: 'openingHours[mon].closes',
        message: 'The closing time must be later than the opening time.',
      },
      {
        documentId: 'location-downtown',
        path: 'openingHours[tue].closes',
        message: 'Type the closing time, or tick "Closed" for this day.',
      },
      {
        documentId: 'location-downtown',
        path: 'openingHours[sat].opens',
        message:
          'Friday has hours that overlap: 8:00 am – 5:00 pm and 9:00 am – 12:00 pm. Change the times so one ends before the next begins (for a lunch break, for example 8:00 am – 12:00 pm and 1:00 pm – 5:00 pm), or join them into one line.',
      },
      {
        documentId: 'location-downtown',
        path: 'openingHours[sun].opens',
        message: 'This day is marked closed but has a time. Remove the time, or untick "Closed".',
      },
    ])
  })

  it('reports special hours that end before they start, closed with times, or open without', async () => {
    expect(
      await broken((d) => {
        const [thanksgiving, christmasEve, christmas] = d['location-downtown'].specialHours
        thanksgiving.lastDay = '2026-11-20'
        christmasEve.hours = []
        christmas.hours = [{ _key: 'x', opens: '09:00', closes: '12:00' }]
      }),
    ).toEqual([
      {
        documentId: 'location-downtown',
        path: 'specialHours[thanksgiving-2026].lastDay',
        message:
          'The last day is before the first day. Choose a last day on or after the first day, or leave it empty for one day.',
      },
      {
        documentId: 'location-downtown',
        path: 'specialHours[christmas-eve-2026].hours',
        message:
          'Add the opening times for these days, or tick "Closed" if you are closed all day.',
      },
      {
        documentId: 'location-downtown',
        path: 'specialHours[christmas-2026].hours',
        message:
          'These days are marked closed but have opening times. Remove the times, or untick "Closed".',
      },
    ])
  })

  it('refuses a special day that is not a calendar date', async () => {
    expect(
      await broken((d) => {
        d['location-downtown'].specialHours[0].firstDay = '26/11/2026'
      }),
    ).toEqual([
      {
        documentId: 'location-downtown',
        path: 'specialHours[thanksgiving-2026].firstDay',
        message: 'Choose the first day from the calendar.',
      },
    ])
  })
})

describe('rule: an outage notice ends after it starts', () => {
  it('refuses a notice that ends before it starts', async () => {
    expect(
      await broken((d) => {
        d.clinic.portal.outageNotice = {
          message: 'MyChart is down for upgrades on Saturday night.',
          startsAt: '2025-12-06T22:00:00-06:00',
          endsAt: '2025-12-06T20:00:00-06:00',
        }
      }),
    ).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.outageNotice.endsAt',
        message: 'The notice ends before it starts. Choose an end time after the start time.',
      },
    ])
  })

  it('keeps a valid notice in the content', async () => {
    const docs = await sampleDocs()
    docs.clinic.portal.outageNotice = {
      message: 'MyChart is down for upgrades on Saturday night.',
      startsAt: '2025-12-06T22:00:00-06:00',
      endsAt: '2025-12-07T02:00:00-06:00',
    }
    const result = await check(docs)
    expect(result.ok && result.content.portal.outageNotice).toEqual(docs.clinic.portal.outageNotice)
  })
})

describe('rule: the printed sign-up sheet’s QR code carries a checked portal address', () => {
  const SIGN_IN = 'https://mychart.maplegrovehealth.example/MyChart/'
  const SIGN_UP = 'https://mychart.maplegrovehealth.example/MyChart/signup'

  async function handoutOf(mutate: (docs: Docs) => void) {
    const docs = await sampleDocs()
    mutate(docs)
    const result = await check(docs)
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    return result.content.portal
  }

  it('carries the very sign-up address the portal page links to, and the note', async () => {
    const portal = await handoutOf(() => undefined)
    expect(portal.handout).toEqual({
      link: 'sign-up',
      href: SIGN_UP,
      note: 'Ask us for your activation code before you leave today.',
    })
    expect(portal.handout.href).toBe(portal.signUpHref)
  })

  it.each([
    {
      when: 'unset, with a sign-up address',
      choice: undefined,
      signUp: true,
      link: 'sign-up',
      href: SIGN_UP,
    },
    {
      when: 'unset, without a sign-up address',
      choice: undefined,
      signUp: false,
      link: 'sign-in',
      href: SIGN_IN,
    },
    {
      when: 'sign-in, with a sign-up address',
      choice: 'sign-in',
      signUp: true,
      link: 'sign-in',
      href: SIGN_IN,
    },
    {
      when: 'sign-in, without a sign-up address',
      choice: 'sign-in',
      signUp: false,
      link: 'sign-in',
      href: SIGN_IN,
    },
    {
      when: 'sign-up, with a sign-up address',
      choice: 'sign-up',
      signUp: true,
      link: 'sign-up',
      href: SIGN_UP,
    },
  ])('choice $when: the QR code goes to $link', async ({ choice, signUp, link, href }) => {
    const portal = await handoutOf((d) => {
      if (choice === undefined) delete d.clinic.portal.handoutQrLink
      else d.clinic.portal.handoutQrLink = choice
      if (!signUp) delete d.clinic.portal.signUpUrl
    })
    expect(portal.handout).toMatchObject({ link, href })
    expect(portal.handout.href).toBe(link === 'sign-up' ? portal.signUpHref : portal.signInHref)
  })

  it('refuses sign-up when there is no sign-up address, naming the field and the fix', async () => {
    expect(await broken((d) => delete d.clinic.portal.signUpUrl)).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.handoutQrLink',
        message:
          'The QR code on the printed sign-up sheet is set to go to the first-time sign-up address, but there is none. Add the sign-up address your portal vendor gave you (under "Sign-in and sign-up"), or choose the sign-in address for the QR code.',
      },
    ])
  })

  it.each([
    ['on the clinic’s own website', 'https://www.maplegrovepediatrics.example/signup', 'site-host'],
    ['over http', 'http://mychart.maplegrovehealth.example/MyChart/signup', 'not-https'],
    [
      'on another website',
      'https://mychart.maplegrovehealth.example.attacker.example/',
      'not-vendor-domain',
    ],
    ['relative', '/portal/signup', 'relative'],
  ])(
    'fails the build when the address the QR code would carry is %s: the portal-link rule’s own problem, on that address',
    async (_, signUpUrl, problem) => {
      const rule = checkPortalLink(
        signUpUrl,
        {
          siteHosts: ['maplegrovepediatrics.example', 'www.maplegrovepediatrics.example'],
          vendorDomains: ['mychart.maplegrovehealth.example'],
        },
        'sign-up address',
      )
      if (rule.ok) throw new Error(`${signUpUrl} passes checkPortalLink`)
      expect(rule.problem).toBe(problem)
      const docs = await sampleDocs()
      docs.clinic.portal.signUpUrl = signUpUrl
      expect(docs.clinic.portal.handoutQrLink).toBe('sign-up')
      const result = await check(docs)
      expect(result.ok).toBe(false)
      if (result.ok) return
      // One problem, from the same rule the portal page's links pass, named for the office manager.
      expect(result.problems.map(formatProblem)).toEqual([
        `clinic "Maple Grove Pediatrics" › portal.signUpUrl: ${rule.message}`,
      ])
    },
  )

  it('fails the build when the sign-in address it would carry fails the rule', async () => {
    const problems = await broken((d) => {
      d.clinic.portal.handoutQrLink = 'sign-in'
      d.clinic.portal.signInUrl = 'https://maplegrovepediatrics.example/portal'
    })
    expect(problems).toEqual([
      { documentId: 'clinic', path: 'portal.signInUrl', message: SITE_HOST },
    ])
  })

  it.each([
    [
      'too long',
      'x'.repeat(121),
      'Keep the note for the printed sheet to 120 characters or fewer, so the sheet stays one page. Shorten it.',
    ],
    [
      'on two lines',
      'Ask us for your code.\nIt lasts 30 days.',
      'Keep the note for the printed sheet on one line: remove the line break.',
    ],
    ['not text', 42, 'The note for the printed sheet should be plain text. Type it again.'],
  ])('refuses a note that is %s', async (_, note, message) => {
    expect(await broken((d) => (d.clinic.portal.handoutNote = note))).toEqual([
      { documentId: 'clinic', path: 'portal.handoutNote', message },
    ])
  })

  it('keeps a note of exactly 120 characters, trimmed; a note of spaces is none', async () => {
    const long = 'y'.repeat(120)
    expect(
      (await handoutOf((d) => (d.clinic.portal.handoutNote = `  ${long} `))).handout.note,
    ).toBe(long)
    expect((await handoutOf((d) => (d.clinic.portal.handoutNote = '   '))).handout.note).toBeNull()
  })

  it('refuses an unknown choice with the model’s message', async () => {
    expect(await broken((d) => (d.clinic.portal.handoutQrLink = 'home-page'))).toEqual([
      {
        documentId: 'clinic',
        path: 'portal.handoutQrLink',
        message: 'Choose where the QR code on the printed sheet goes: sign-up or sign-in.',
      },
    ])
  })
})

describe('reporting', () => {
  it('reports every problem at once, not the first only', async () => {
    const problems = await broken((d) => {
      d.clinic.portal.signInUrl = 'https://maplegrovepediatrics.example/portal'
      delete d.clinic.emergencyMessage
      d['contact-front-desk'].phone = 'n/a'
      d['location-riverside'].timeZone = 'Mars/Olympus'
      d['location-riverside'].slug.current = 'downtown'
    })
    expect(problems.map((p) => `${p.documentId} ${p.path}`).sort()).toEqual([
      'clinic emergencyMessage',
      'clinic portal.signInUrl',
      'contact-front-desk phone',
      'location-riverside slug.current',
      'location-riverside timeZone',
    ])
  })

  it('formats a problem with the type, the title, the path and the fix', async () => {
    const docs = await sampleDocs()
    docs.clinic.portal.signInUrl = 'https://maplegrovepediatrics.example/portal'
    const result = await check(docs)
    if (result.ok) throw new Error('expected a problem')
    expect(result.problems[0]).toEqual({
      documentId: 'clinic',
      documentTitle: 'Maple Grove Pediatrics',
      documentType: 'clinic',
      path: 'portal.signInUrl',
      message: SITE_HOST,
    })
    expect(formatProblem(result.problems[0] as ContentProblem)).toBe(
      `clinic "Maple Grove Pediatrics" › portal.signInUrl: ${SITE_HOST}`,
    )
  })

  it('falls back to the id without a title, and to "dataset" for the dataset as a whole', () => {
    const base = { documentTitle: null, message: 'Fix it.' }
    expect(
      formatProblem({
        ...base,
        documentId: 'contact-x',
        documentType: 'supportContact',
        path: 'phone',
      }),
    ).toBe('support contact "contact-x" › phone: Fix it.')
    expect(formatProblem({ ...base, documentId: 'dataset', documentType: null, path: '' })).toBe(
      'dataset: Fix it.',
    )
  })

  it('names each document type in plain words, and an unknown type as stored', () => {
    const base = { documentTitle: 'Epic', path: 'name', message: 'Fix it.' }
    const line = (documentType: string) => formatProblem({ ...base, documentId: 'x', documentType })
    expect(line('portalVendor')).toBe('portal vendor "Epic" › name: Fix it.')
    expect(line('supportContact')).toBe('support contact "Epic" › name: Fix it.')
    expect(line('location')).toBe('location "Epic" › name: Fix it.')
    expect(line('clinic')).toBe('clinic "Epic" › name: Fix it.')
    expect(line('post')).toBe('post "Epic" › name: Fix it.')
  })

  it('ContentProblemsError lists every problem on its own line under a count', () => {
    const problems: ContentProblem[] = [
      {
        documentId: 'clinic',
        documentTitle: 'Maple',
        documentType: 'clinic',
        path: 'name',
        message: 'One.',
      },
      {
        documentId: 'l',
        documentTitle: null,
        documentType: 'location',
        path: 'phone',
        message: 'Two.',
      },
    ]
    const error = new ContentProblemsError(problems)
    expect(error).toBeInstanceOf(Error)
    expect(error.problems).toBe(problems)
    expect(error.message).toBe(
      'The content has 2 problems, so nothing was published:\nclinic "Maple" › name: One.\nlocation "l" › phone: Two.',
    )
    expect(new ContentProblemsError(problems.slice(0, 1)).message).toMatch(
      /^The content has 1 problem, so/,
    )
  })
})
