import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPortalLink, checkVendorDomain } from '@doorway/portal-link'
import { ContentProblemsError, loadSite } from '../src'
import { SAMPLE_PATH } from './helpers'

const env = { mode: 'local', datasetPath: SAMPLE_PATH } as const
const DRAFT_PHRASE = 'New this winter: book well-child visits online in MyChart.'

describe('loadSite', () => {
  it('loads the published sample, naming the source and counting documents', async () => {
    const loaded = await loadSite({ env })
    expect(loaded).toMatchObject({
      ok: true,
      source: SAMPLE_PATH,
      counts: { clinic: 1, portalVendor: 2, supportContact: 4, location: 3 },
    })
    expect(loaded.ok && loaded.content.portal.explanation).not.toContain(DRAFT_PHRASE)
  })

  it('shows the draft only in the drafts perspective', async () => {
    const loaded = await loadSite({ env, perspective: 'drafts' })
    expect(loaded.ok && loaded.content.portal.explanation).toContain(DRAFT_PHRASE)
  })

  it('uses SITE_URL’s host as one of the website’s own hosts', async () => {
    // Deployed on the vendor's own host (absurd, but it shows the host is counted): the vendor
    // domain now covers the site, and every portal address is a page of the site.
    const siteHosts = ['mychart.maplegrovehealth.example']
    const coversSite = checkVendorDomain(siteHosts[0], { siteHosts })
    const siteHost = checkPortalLink('https://mychart.maplegrovehealth.example/MyChart/', {
      siteHosts,
      vendorDomains: [],
    })
    if (coversSite.ok || siteHost.ok) throw new Error('expected both to be refused')
    const named = (field: string) => siteHost.message.replace('sign-in address', field)
    expect([coversSite.problem, siteHost.problem]).toEqual(['covers-site', 'site-host'])

    const loaded = await loadSite({
      env: { ...env, siteUrl: 'https://mychart.maplegrovehealth.example/' },
    })
    if (loaded.ok) throw new Error('expected problems')
    expect(
      loaded.problems.map(({ documentId, path, message }) => ({ documentId, path, message })),
    ).toEqual([
      // Each message names its own field.
      { documentId: 'clinic', path: 'portal.signInUrl', message: siteHost.message },
      { documentId: 'clinic', path: 'portal.signUpUrl', message: named('sign-up address') },
      {
        documentId: 'clinic',
        path: 'portal.familyAccess.requestUrl',
        message: named('family-access request address'),
      },
      {
        documentId: 'clinic',
        path: 'portal.helpLinks[faq].url',
        message: named('help page address'),
      },
      {
        documentId: 'clinic',
        path: 'portal.helpLinks[reset].url',
        message: named('help page address'),
      },
      {
        documentId: 'clinic',
        path: 'portal.helpTopics.passwordReset.resetUrl',
        message: named('password reset address'),
      },
      {
        documentId: 'clinic',
        path: 'portal.helpTopics.bills.payOnlineUrl',
        message: named('bill-pay address'),
      },
      // Spanish is live: its own help page address passes the same rule.
      {
        documentId: 'clinic',
        path: 'portal.helpLinks[faq].url',
        message: `Spanish: ${named('help page address')}`,
      },
      { documentId: 'vendor-epic-mychart', path: 'portalDomains[0]', message: coversSite.message },
    ])
  })

  it('fits the advice about a missing clinic to a local file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doorway-load-'))
    try {
      const file = join(dir, 'no-clinic.ndjson')
      const sample = await readFile(SAMPLE_PATH, 'utf8')
      await writeFile(
        file,
        sample
          .split('\n')
          .filter((line) => !line.includes('"_type": "clinic"'))
          .join('\n'),
      )
      const loaded = await loadSite({ env: { mode: 'local', datasetPath: file } })
      expect(loaded).toMatchObject({
        ok: false,
        problems: [
          {
            documentId: 'dataset',
            message: expect.stringContaining('The file being checked has no clinic in it'),
          },
        ],
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('returns problems, which a ContentProblemsError lists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doorway-load-'))
    try {
      const file = join(dir, 'broken.ndjson')
      const sample = await readFile(SAMPLE_PATH, 'utf8')
      await writeFile(
        file,
        sample.replaceAll('"phone": "(217) 555-0142"', '"phone": "ask at the desk"'),
      )
      const broken = { mode: 'local', datasetPath: file } as const
      const loaded = await loadSite({ env: broken })
      expect(loaded).toMatchObject({
        ok: false,
        source: file,
        problems: [
          { documentId: 'contact-billing', documentTitle: 'Billing office', path: 'phone' },
        ],
      })
      if (loaded.ok) throw new Error('expected problems')
      expect(new ContentProblemsError(loaded.problems).message).toMatch(
        /^The content has 1 problem, so nothing was published:\nsupport contact "Billing office" › phone: This is not a phone number/,
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
