import {
  checkPortalLink,
  checkVendorDomain,
  type PortalAddressName,
  type PortalHref,
} from '@doorway/portal-link'
import { portalVendorDocument, supportContactDocument, type ClinicDocument } from './model'
import { checkContactPoint } from './contact-point'
import { checkHelpTopics } from './help-topics'
import { checkLanguageAssistance } from './language-assistance'
import { get, type Path, type Problems, type RawObject } from './problems'
import {
  APP_STORE_NAMES,
  checkAppStoreUrl,
  checkHandoutLink,
  checkOutageWindow,
  checkWebsiteHost,
  checkPhone,
  type RuleResult,
} from './rules'

/**
 * The rules of one document at a time. Each function parses a raw document with its zod model
 * and its field rules, records what fails in `problems`, and builds what the document becomes in
 * `SiteContent` from the values the rules returned: the pages' types follow from this code
 * (`site.ts`). Where a value failed its rule, nothing is built (`attempt`).
 */

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The clinic's own website hosts that pass `checkWebsiteHost`. */
export function checkWebsiteHosts(clinic: RawObject, problems: Problems): string[] {
  return list(clinic.websiteHosts).flatMap(
    (_, i) => problems.at(clinic, ['websiteHosts', i], checkWebsiteHost) ?? [],
  )
}

/** A missing value met while building: inside `attempt` a recorded problem, anywhere else a bug. */
class Failed extends Error {
  constructor() {
    super('Internal error: a value that failed its rule was built.')
  }
}

/** A value a rule returned; inside `attempt`, a missing one (a recorded problem) builds nothing. */
export function need<T>(value: T | null | undefined): T {
  // A new error each time, so that a bug's stack names the code that needed the value.
  if (value == null) throw new Failed()
  return value
}

/** What `build` returns, or null when a value it needs failed its rule (`need`). */
export function attempt<T>(build: () => T): T | null {
  try {
    return build()
  } catch (error) {
    if (error instanceof Failed) return null
    throw error
  }
}

/** A vendor's valid portal domains (what the clinic's portal links are checked against), and the vendor. */
export type CheckedVendor = ReturnType<typeof checkVendor>

export function checkVendor(raw: RawObject, siteHosts: string[], problems: Problems) {
  const doc = problems.parse(raw, portalVendorDocument)
  const domains = list(raw.portalDomains).flatMap(
    (_, i) =>
      problems.at(raw, ['portalDomains', i], (domain) =>
        checkVendorDomain(domain, { siteHosts }),
      ) ?? [],
  )
  const vendor = doc && {
    id: doc._id,
    name: doc.name,
    productName: doc.productName,
    portalDomains: domains,
  }
  return { id: raw._id, domains, vendor }
}

export function checkContact(raw: RawObject, problems: Problems) {
  const doc = problems.parse(raw, supportContactDocument)
  const phone = problems.at(raw, ['phone'], checkPhone)
  return attempt(() => {
    const { _id: id, name, hours } = need(doc)
    return { id, name, phone: need(phone), hours }
  })
}

/**
 * The documents a clinic refers to, each a rule on the raw `_ref` (cross-document rules, in
 * `check`): the value is the vendor or the contact, null when that document failed its own rules.
 */
export interface References {
  vendor: (ref: unknown) => RuleResult<CheckedVendor | undefined>
  contact: (ref: unknown) => RuleResult<ReturnType<typeof checkContact> | undefined>
}

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
) {
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
  const languageAssistance = checkLanguageAssistance(raw, problems, mainPhone)
  const accessibilityContact = checkContactPoint(raw, problems, 'accessibility', 'contact')
  const adviceLine = problems.at(raw, ['adviceLine', '_ref'], references.contact)
  const contacts = list(get(raw, 'portal', 'triage')).map((_, i) =>
    problems.at(raw, ['portal', 'triage', i, 'contact', '_ref'], references.contact),
  )
  const help = checkHelpTopics(raw, doc, vendor, siteHosts, references, problems)

  return attempt(() => {
    const {
      _id: id,
      name,
      emergencyMessage,
      medicalSpecialty,
      languageHelp,
      accessibility,
      portal,
    } = need(doc)
    const { displayName, familyAccess, appLinks = [], helpLinks = [], outageNotice } = portal
    const link = need(handoutLink.ok ? handoutLink.value : null)
    const { requestUrl: _, ...family } = familyAccess
    const portalVendor = need(need(vendor).vendor)
    return {
      clinic: {
        id,
        name,
        /** Canonical website hosts, lower-case, e.g. `maplegrove.example`. */
        websiteHosts,
        mainPhone: need(mainPhone),
        emergencyMessage,
        /** Whom to call for medical advice that cannot wait (a nurse line), when the clinic has one. */
        adviceLine: adviceLine === undefined ? null : need(adviceLine),
        medicalSpecialty,
        languageHelp: languageHelp ?? null,
        /** The Section 1557 coordinator and taglines (the page's fixed notices are the site's). */
        languageAssistance: need(languageAssistance),
        accessibility: {
          /** Whom to tell about a barrier on the website; null means the clinic's main phone. */
          contact: accessibilityContact,
          /** When the website was last reviewed for accessibility, `YYYY-MM-DD`. */
          lastReviewed: accessibility?.lastReviewed ?? null,
        },
      },
      portal: {
        /** What patients call it: the clinic's display name, else the vendor's product name. */
        name: displayName ?? portalVendor.productName,
        vendor: portalVendor,
        explanation: portal.explanation,
        features: portal.features.map((feature) => feature.text),
        signInHref: need(signIn),
        signUpHref: signUp ?? null,
        signUpInstructions: portal.signUpInstructions,
        familyAccess: { ...family, requestHref: request ?? null },
        appLinks: appLinks.map(({ _key, store }, i) => {
          const storeName = APP_STORE_NAMES[store]
          return { key: _key, store, storeName, href: need(appHrefs[i]) }
        }),
        helpLinks: helpLinks.map(({ _key, label }, i) => ({
          key: _key,
          label,
          href: need(helpHrefs[i]),
        })),
        /** The notice as written; whether it is active at a given time is `isOutageActive`. */
        outageNotice: outageNotice ?? null,
        triage: portal.triage.map(({ _key, problem, whatToDo }, i) => ({
          key: _key,
          problem,
          whatToDo,
          contact: need(contacts[i]),
        })),
        /** The printed sign-up sheet: its QR code carries the very sign-up or sign-in address. */
        handout: {
          link,
          href: link === 'sign-up' ? need(signUp) : need(signIn),
          note: portal.handoutNote || null,
        },
        ...need(help),
      },
    }
  })
}
