import {
  checkPortalLink,
  checkVendorDomain,
  type PortalAddressName,
  type PortalHref,
} from '@doorway/portal-link'
import {
  locationDocument,
  portalVendorDocument,
  supportContactDocument,
  WEEKDAYS,
  type ClinicDocument,
} from './model'
import { checkContactPoint } from './contact-point'
import { checkHelpTopics } from './help-topics'
import { checkLanguageAssistance } from './language-assistance'
import { get, isObject, type Path, type Problems, type RawObject } from './problems'
import {
  APP_STORE_NAMES,
  checkAppStoreUrl,
  checkHandoutLink,
  checkOutageWindow,
  checkSlug,
  checkWebsiteHost,
  checkOpeningHours,
  checkDayRanges,
  checkSpecialHours,
  checkPhone,
  checkTimeZone,
  type RuleResult,
} from './rules'
import type { Location, PortalVendor, SiteContent, SupportContact, TimeRange } from './site'

/**
 * The rules of one document at a time. Each function parses a raw document with its zod model
 * and its field rules, records what fails in `problems`, and returns how to build what the
 * document becomes in `SiteContent` from the values the rules returned.
 */

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The clinic's own website hosts that pass `checkWebsiteHost`. */
export function checkWebsiteHosts(clinic: RawObject, problems: Problems): string[] {
  return list(clinic.websiteHosts).flatMap(
    (_, i) => problems.at(clinic, ['websiteHosts', i], checkWebsiteHost) ?? [],
  )
}

/** A vendor's valid portal domains (what the clinic's portal links are checked against), and the vendor. */
export interface CheckedVendor {
  id: unknown
  domains: string[]
  build: Build<PortalVendor>
}

/**
 * Builds what a document becomes once every rule has passed: `check` calls it only when nothing
 * failed, so each value the rules returned is there.
 */
export type Build<T> = () => T

/** A value a rule returned; a missing one at build time is a bug, not a content problem. */
export function present<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('Internal error: a value that failed its rule was built.')
  return value
}

export function checkVendor(
  raw: RawObject,
  siteHosts: string[],
  problems: Problems,
): CheckedVendor {
  const doc = problems.parse(raw, portalVendorDocument)
  const domains = list(raw.portalDomains).flatMap(
    (_, i) =>
      problems.at(raw, ['portalDomains', i], (domain) =>
        checkVendorDomain(domain, { siteHosts }),
      ) ?? [],
  )
  return {
    id: raw._id,
    domains,
    build: () => {
      const vendor = present(doc)
      return {
        id: vendor._id,
        name: vendor.name,
        productName: vendor.productName,
        portalDomains: domains,
      }
    },
  }
}

export function checkContact(raw: RawObject, problems: Problems): Build<SupportContact> {
  const doc = problems.parse(raw, supportContactDocument)
  const dial = problems.at(raw, ['phone'], checkPhone)
  return () => {
    const contact = present(doc)
    const { _id: id, name, hours } = contact
    return { id, name, phone: present(dial), hours }
  }
}

/** The documents a clinic refers to, each a rule on the raw `_ref` (cross-document rules, in `check`). */
export interface References {
  vendor: (ref: unknown) => RuleResult<CheckedVendor | undefined>
  /** Resolves to the contact's id. */
  contact: (ref: unknown) => RuleResult<string | undefined>
}

/** The clinic's part of `SiteContent`, built from the support contacts by id. */
export type ClinicBuild = (
  contacts: ReadonlyMap<string, SupportContact>,
) => Pick<SiteContent, 'clinic' | 'portal'>

/**
 * The rule for the clinic's portal addresses: the address at `path`, checked with
 * `@doorway/portal-link` against the site's hosts and `vendor`'s domains, its refusal naming
 * `field`. Null when the vendor is unknown (its own reference says why), undefined when absent.
 */
export function portalAddressRule(raw: RawObject, siteHosts: string[], problems: Problems) {
  return (
    path: Path,
    field: PortalAddressName,
    vendor: CheckedVendor | null | undefined,
  ): PortalHref | null | undefined =>
    vendor == null
      ? null
      : problems.at(raw, path, (url) =>
          checkPortalLink(url, { siteHosts, vendorDomains: vendor.domains }, field),
        )
}

/** The rest of a clinic's rules, once its model, website hosts and the site's hosts are known. */
export function checkClinic(
  raw: RawObject,
  doc: ClinicDocument | null,
  websiteHosts: string[],
  siteHosts: string[],
  references: References,
  problems: Problems,
): ClinicBuild {
  const mainPhone = problems.at(raw, ['mainPhone'], checkPhone)
  const vendor = problems.at(raw, ['portal', 'vendor', '_ref'], references.vendor)
  // Without a known vendor there is nothing to check the addresses against; the line above says why.
  // Each refusal names its own field ("Paste the sign-up address…").
  const portalAddress = portalAddressRule(raw, siteHosts, problems)
  const href = (path: Path, field: PortalAddressName) => portalAddress(path, field, vendor)
  const signIn = href(['portal', 'signInUrl'], 'sign-in address')
  const signUp = href(['portal', 'signUpUrl'], 'sign-up address')
  const request = href(['portal', 'familyAccess', 'requestUrl'], 'family-access request address')
  const helpHrefs = list(get(raw, 'portal', 'helpLinks')).map((_, i) =>
    href(['portal', 'helpLinks', i, 'url'], 'help page address'),
  )
  const appHrefs = list(get(raw, 'portal', 'appLinks')).map((link, i) => {
    const store = get(link, 'store')
    if (store !== 'apple' && store !== 'google') return null // the model reports an unknown store
    return problems.at(raw, ['portal', 'appLinks', i, 'url'], (url) => checkAppStoreUrl(store, url))
  })
  const outage = checkOutageWindow(
    get(raw, 'portal', 'outageNotice', 'startsAt'),
    get(raw, 'portal', 'outageNotice', 'endsAt'),
  )
  if (!outage.ok) problems.add(raw, ['portal', 'outageNotice', 'endsAt'], outage.message)
  // The sheet's QR code carries one of the two addresses checked above, never one of its own.
  const handoutLink = checkHandoutLink(
    get(raw, 'portal', 'handoutQrLink'),
    get(raw, 'portal', 'signUpUrl'),
  )
  if (!handoutLink.ok) problems.add(raw, ['portal', 'handoutQrLink'], handoutLink.message)
  const languageAssistance = checkLanguageAssistance(raw, problems)
  const accessibilityContact = checkContactPoint(raw, problems, 'accessibility', 'contact')
  const adviceLineId = problems.at(raw, ['adviceLine', '_ref'], references.contact)
  const contactIds = list(get(raw, 'portal', 'triage')).map((_, i) =>
    problems.at(raw, ['portal', 'triage', i, 'contact', '_ref'], references.contact),
  )
  const help = checkHelpTopics(raw, doc, vendor, siteHosts, references, problems)

  return (contacts) => {
    const { _id: id, name, emergencyMessage, medicalSpecialty, languageHelp, portal } = present(doc)
    const lastReviewed = present(doc).accessibility?.lastReviewed ?? null
    const { displayName, familyAccess, appLinks = [], helpLinks = [], outageNotice } = portal
    const link = present(handoutLink.ok ? handoutLink.value : null)
    const { requestUrl: _, ...family } = familyAccess
    const vendorContent = present(vendor).build()
    return {
      clinic: {
        id,
        name,
        websiteHosts,
        mainPhone: present(mainPhone),
        emergencyMessage,
        adviceLine: adviceLineId == null ? null : present(contacts.get(adviceLineId)),
        medicalSpecialty,
        languageHelp: languageHelp ?? null,
        languageAssistance: languageAssistance(present(mainPhone)),
        accessibility: {
          contact: accessibilityContact,
          lastReviewed,
        },
      },
      portal: {
        name: displayName ?? vendorContent.productName,
        vendor: vendorContent,
        explanation: portal.explanation,
        features: portal.features.map((feature) => feature.text),
        signInHref: present(signIn),
        signUpHref: signUp ?? null,
        signUpInstructions: portal.signUpInstructions,
        familyAccess: { ...family, requestHref: request ?? null },
        appLinks: appLinks.map(({ _key, store }, i) => {
          const storeName = APP_STORE_NAMES[store]
          return { key: _key, store, storeName, href: present(appHrefs[i]) }
        }),
        helpLinks: helpLinks.map(({ _key, label }, i) => ({
          key: _key,
          label,
          href: present(helpHrefs[i]),
        })),
        outageNotice: outageNotice ?? null,
        triage: portal.triage.map(({ _key, problem, whatToDo }, i) => ({
          key: _key,
          problem,
          whatToDo,
          contact: present(contacts.get(present(contactIds[i]))),
        })),
        handout: {
          link,
          href: link === 'sign-up' ? present(signUp) : present(signIn),
          note: portal.handoutNote || null,
        },
        ...help(contacts),
      },
    }
  }
}

/** Checked opening ranges (the rules saw both times), in time order. */
function rangesOf(lines: readonly { opens?: string; closes?: string }[]): TimeRange[] {
  return lines
    .map(({ opens, closes }) => ({ opens: present(opens), closes: present(closes) }))
    .sort((a, b) => (a.opens < b.opens ? -1 : 1))
}

/** A location; `slugRule` checks a URL-safe slug further (that no other location uses it). */
export function checkLocation(
  raw: RawObject,
  slugRule: (slug: string) => RuleResult<string>,
  problems: Problems,
): Build<Location> {
  const doc = problems.parse(raw, locationDocument)
  problems.at(raw, ['slug', 'current'], (slug) => {
    const result = checkSlug(slug)
    return result.ok ? slugRule(result.value) : result
  })
  const dial = problems.at(raw, ['phone'], checkPhone)
  problems.at(raw, ['timeZone'], checkTimeZone)
  const rows = list(raw.openingHours)
  const acrossDays = checkDayRanges(rows)
  rows.forEach((row, i) => {
    if (!isObject(row)) return
    for (const problem of checkOpeningHours(row)) {
      problems.add(raw, ['openingHours', i, problem.field], problem.message)
    }
    const across = acrossDays.get(i)
    if (across !== undefined) problems.add(raw, ['openingHours', i, across.field], across.message)
  })
  list(raw.specialHours).forEach((entry, i) => {
    if (!isObject(entry)) return
    for (const problem of checkSpecialHours(entry)) {
      problems.add(raw, ['specialHours', i, ...problem.path], problem.message)
    }
  })

  return () => {
    const location = present(doc)
    const { country = 'US', ...address } = location.address
    return {
      id: location._id,
      name: location.name,
      slug: location.slug.current,
      address: { ...address, country },
      phone: present(dial),
      timeZone: location.timeZone,
      openingHours: WEEKDAYS.flatMap((day) => {
        const lines = location.openingHours.filter((row) => row.day === day)
        if (lines.length === 0) return []
        return [{ day, ranges: rangesOf(lines.filter((row) => row.closed !== true)) }]
      }),
      specialHours: (location.specialHours ?? [])
        .map(({ _key, reason, firstDay, lastDay, closed, hours = [] }) => ({
          key: _key,
          reason,
          firstDay,
          lastDay: lastDay ?? firstDay,
          ranges: closed === true ? [] : rangesOf(hours),
        }))
        .sort((a, b) => (a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : 0)),
      acceptingNewPatients: location.acceptingNewPatients ?? null,
    }
  }
}
