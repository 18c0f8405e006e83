import { checkPortalLink, checkVendorDomain, type PortalHref } from '@doorway/portal-link'
import type { z } from 'zod'
import type { ContentEnv } from './env'
import {
  DOCUMENT_TYPE_NAMES,
  DOCUMENT_TYPES,
  documentSchemas,
  WEEKDAYS,
  type ClinicDocument,
  type DocumentType,
  type LocationDocument,
  type PortalVendorDocument,
  type SupportContactDocument,
} from './model'
import {
  APP_STORE_NAMES,
  checkAppStoreUrl,
  checkOutageWindow,
  checkSlug,
  checkWebsiteHost,
  openingHoursProblems,
  repeatedWeekdays,
  validatePhone,
  validateTimeZone,
} from './rules'
import type { Location, Phone, PortalVendor, SiteContent, SupportContact } from './site'

/** One thing wrong with the content, named so an office manager can find and fix it. */
export interface ContentProblem {
  /** The document's `_id`, or `dataset` for a problem with the dataset as a whole. */
  documentId: string
  /** The document's name, where it has one. */
  documentTitle: string | null
  /** The document's `_type`, or `null` for a problem with the dataset as a whole. */
  documentType: string | null
  /** Dotted field path; array items by `_key`, e.g. `portal.triage[code].contact`. Empty for the whole document. */
  path: string
  /** What is wrong and how to fix it, in plain words. */
  message: string
}

export type CheckResult =
  { ok: true; content: SiteContent } | { ok: false; problems: ContentProblem[] }

/** `documentId` of problems that concern the dataset as a whole. */
export const DATASET_PROBLEM_ID = 'dataset'

/** The plain name of a document type (`support contact`); an unknown type is shown as stored. */
function typeName(type: string): string {
  return (DOCUMENT_TYPES as readonly string[]).includes(type)
    ? DOCUMENT_TYPE_NAMES[type as DocumentType].one
    : type
}

/**
 * One line per problem, naming the document as an office manager knows it:
 * `clinic "Maple Grove Pediatrics" › portal.signInUrl: This address is…`.
 */
export function formatProblem(problem: ContentProblem): string {
  const name = problem.documentTitle ?? problem.documentId
  const who = problem.documentType === null ? name : `${typeName(problem.documentType)} "${name}"`
  return `${who}${problem.path === '' ? '' : ` › ${problem.path}`}: ${problem.message}`
}

/** Thrown by `loadSiteContent` when content fails `check`; its message lists every problem. */
export class ContentProblemsError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(
      `The content has ${count}, so nothing was published:\n${problems.map(formatProblem).join('\n')}`,
    )
    this.name = 'ContentProblemsError'
    this.problems = problems
  }
}

type Path = readonly (string | number)[]
type RawObject = Record<string, unknown>

interface SiteQueryResult {
  clinics: RawObject[]
  vendors: RawObject[]
  contacts: RawObject[]
  locations: RawObject[]
}

const isObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Sanity and groq-js return `null` for an unset projected field; the model treats it as absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls)
  if (!isObject(value)) return value
  const out: RawObject = {}
  for (const [key, field] of Object.entries(value))
    if (field !== null) out[key] = withoutNulls(field)
  return out
}

function asQueryResult(value: unknown): SiteQueryResult {
  const lists = ['clinics', 'vendors', 'contacts', 'locations'] as const
  if (!isObject(value) || lists.some((list) => !Array.isArray(value[list]))) {
    throw new TypeError(
      'checkSite expects the result of SITE_QUERY: an object with clinics, vendors, contacts and locations lists.',
      {
        cause: value,
      },
    )
  }
  const clean = withoutNulls(value) as Record<(typeof lists)[number], unknown[]>
  const objects = (list: unknown[]) => list.filter(isObject)
  return {
    clinics: objects(clean.clinics),
    vendors: objects(clean.vendors),
    contacts: objects(clean.contacts),
    locations: objects(clean.locations),
  }
}

/** Dotted path with array items named by `_key` where the raw item has one, else by index. */
function formatPath(path: Path, root: unknown): string {
  let out = ''
  let cursor: unknown = root
  path.forEach((segment, index) => {
    // A reference is one field to an editor: report `portal.vendor`, not `portal.vendor._ref`.
    if (segment === '_ref' && index === path.length - 1) return
    if (typeof segment === 'number') {
      const item: unknown = Array.isArray(cursor) ? cursor[segment] : undefined
      out += isObject(item) && typeof item._key === 'string' ? `[${item._key}]` : `[${segment}]`
      cursor = item
    } else {
      out += out === '' ? segment : `.${segment}`
      cursor = isObject(cursor) ? cursor[segment] : undefined
    }
  })
  return out
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
}

/** Plain-words messages for zod issues the model does not word itself. */
function plainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is missing. Fill it in.'
      return `This should be ${KIND[issue.expected] ?? 'something else'}. Fill it in again in the Studio.`
    case 'too_small':
      if (issue.origin === 'string') return 'This is empty. Fill it in.'
      if (issue.origin === 'array') return `Add at least ${String(issue.minimum)}.`
      return `Use a value of at least ${String(issue.minimum)}.`
    case 'too_big':
      if (issue.origin === 'string') return 'This is too long. Shorten it.'
      if (issue.origin === 'array') return `Keep at most ${String(issue.maximum)}.`
      return `Use a value of at most ${String(issue.maximum)}.`
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}.`
    default:
      return 'The website cannot use this value as it is. Open this field in the Studio and enter it again.'
  }
}

/** Collects problems, one per document field: a rule never repeats what the model already said. */
class Problems {
  readonly list: ContentProblem[] = []
  private readonly seen = new Set<string>()

  add(doc: RawObject | null, path: Path, message: string): void {
    const documentId =
      doc === null ? DATASET_PROBLEM_ID : typeof doc._id === 'string' ? doc._id : '(no id)'
    const formatted = doc === null ? '' : formatPath(path, doc)
    const key = `${documentId}\u0000${formatted}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.list.push({
      documentId,
      documentTitle:
        doc !== null && typeof doc.name === 'string' && doc.name.trim() !== ''
          ? doc.name.trim()
          : null,
      documentType: doc === null ? null : typeof doc._type === 'string' ? doc._type : null,
      path: formatted,
      message,
    })
  }
}

const get = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((cursor, key) => {
    if (typeof key === 'number') return Array.isArray(cursor) ? cursor[key] : undefined
    return isObject(cursor) ? cursor[key] : undefined
  }, value)

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const refOf = (value: unknown): string | undefined => {
  const ref = get(value, '_ref')
  return typeof ref === 'string' ? ref : undefined
}

const NO_CLINIC_START = 'This dataset has no clinic document, so there is no site to build.'

/** What to do about a missing clinic, by source; the hint for developers comes last. */
const NO_CLINIC: Record<ContentEnv['mode'] | 'unknown', string> = {
  sanity: `${NO_CLINIC_START} Create the clinic in the Studio and publish it. (For developers: SANITY_PROJECT_ID and SANITY_DATASET choose the project and dataset read.)`,
  local: `${NO_CLINIC_START} The file being checked has no clinic in it: use your clinic’s own dataset file, or publish the clinic in the Studio and export the dataset again. (For developers: CONTENT_DATASET or --dataset chooses the file.)`,
  unknown: `${NO_CLINIC_START} Create the clinic in the Studio and publish it.`,
}

function hostOf(siteUrl: string | null | undefined): string[] {
  if (siteUrl === undefined || siteUrl === null || siteUrl === '') return []
  try {
    return [new URL(siteUrl).hostname.toLowerCase().replace(/\.$/, '')]
  } catch {
    return []
  }
}

/**
 * Turns the result of `SITE_QUERY` into the site's typed content, or into every problem found:
 * the zod model, exactly one clinic, resolved references, the portal-link rule on every portal
 * address, vendor domains, website hosts, app-store links, unique URL-safe slugs, phone numbers,
 * time zones, opening hours and the outage window.
 */
export function checkSite(
  queryResult: unknown,
  options: {
    siteUrl?: string | null
    /** Where the content came from, so that advice about a missing clinic fits: a file or Sanity. */
    source?: ContentEnv['mode']
  } = {},
): CheckResult {
  const data = asQueryResult(queryResult)
  const problems = new Problems()

  // 1. The model, document by document.
  const parsed = {
    clinics: parseAll(data.clinics, 'clinic', problems),
    vendors: parseAll(data.vendors, 'portalVendor', problems),
    contacts: parseAll(data.contacts, 'supportContact', problems),
    locations: parseAll(data.locations, 'location', problems),
  }

  // 2. Exactly one clinic.
  if (data.clinics.length === 0) {
    problems.add(null, [], NO_CLINIC[options.source ?? 'unknown'])
  } else if (data.clinics.length > 1) {
    for (const clinic of data.clinics) {
      problems.add(
        clinic,
        [],
        `This dataset has ${data.clinics.length} clinic documents, but a site shows one clinic. Delete the extra clinic, or move it to its own dataset.`,
      )
    }
  }

  // 3. Website hosts: the clinic's own (when there is exactly one clinic) plus the deployed SITE_URL.
  const siteHosts = [...hostOf(options.siteUrl)]
  for (const clinic of data.clinics) {
    list(clinic.websiteHosts).forEach((host, i) => {
      const result = checkWebsiteHost(host)
      if (!result.ok) problems.add(clinic, ['websiteHosts', i], result.message)
      else if (data.clinics.length === 1) siteHosts.push(result.value)
    })
  }

  // 4. Vendors: domains and phone.
  const vendorDomains = new Map<string, string[]>()
  for (const vendor of data.vendors) {
    const valid: string[] = []
    list(vendor.portalDomains).forEach((domain, i) => {
      const result = checkVendorDomain(domain, { siteHosts })
      if (result.ok) valid.push(result.domain)
      else problems.add(vendor, ['portalDomains', i], result.message)
    })
    if (typeof vendor._id === 'string') vendorDomains.set(vendor._id, valid)
    if (vendor.supportPhone !== undefined) checkPhone(vendor, ['supportPhone'], problems)
  }

  // 5. Contacts: phone.
  const contactIds = new Set(data.contacts.map((c) => c._id))
  for (const contact of data.contacts) checkPhone(contact, ['phone'], problems)

  // 6. Clinics: phone, references, portal addresses, app links, outage window.
  for (const clinic of data.clinics) {
    checkPhone(clinic, ['mainPhone'], problems)
    const portal = get(clinic, 'portal')
    const vendorRef = refOf(get(portal, 'vendor'))
    const domains = vendorRef === undefined ? undefined : vendorDomains.get(vendorRef)
    if (vendorRef !== undefined && domains === undefined) {
      problems.add(
        clinic,
        ['portal', 'vendor', '_ref'],
        `This points to a portal vendor that does not exist or is not published (id "${vendorRef}"). Choose the portal vendor again, and publish it.`,
      )
    }
    // Without a known vendor there is nothing to check the addresses against; the line above says why.
    if (domains !== undefined) {
      const context = { siteHosts, vendorDomains: domains }
      const portalUrls: Path[] = [
        ['portal', 'signInUrl'],
        ['portal', 'signUpUrl'],
        ['portal', 'familyAccess', 'requestUrl'],
        ...list(get(portal, 'helpLinks')).map((_, i) => ['portal', 'helpLinks', i, 'url']),
      ]
      for (const path of portalUrls) {
        const url = get(clinic, ...path)
        if (url === undefined) continue
        const result = checkPortalLink(url, context)
        if (!result.ok) problems.add(clinic, path, result.message)
      }
    }
    list(get(portal, 'appLinks')).forEach((link, i) => {
      const store = get(link, 'store')
      if (store !== 'apple' && store !== 'google') return // the model reports an unknown store
      const result = checkAppStoreUrl(store, get(link, 'url'))
      if (!result.ok) problems.add(clinic, ['portal', 'appLinks', i, 'url'], result.message)
    })
    const outage = checkOutageWindow(
      get(portal, 'outageNotice', 'startsAt'),
      get(portal, 'outageNotice', 'endsAt'),
    )
    if (!outage.ok) problems.add(clinic, ['portal', 'outageNotice', 'endsAt'], outage.message)
    list(get(portal, 'triage')).forEach((item, i) => {
      const ref = refOf(get(item, 'contact'))
      if (ref !== undefined && !contactIds.has(ref)) {
        problems.add(
          clinic,
          ['portal', 'triage', i, 'contact', '_ref'],
          `This points to a support contact that does not exist or is not published (id "${ref}"). Choose the contact again, and publish it.`,
        )
      }
    })
  }

  // 7. Locations: slug (URL-safe, unique), phone, time zone, opening hours.
  const slugOwners = new Map<string, RawObject>()
  for (const location of data.locations) {
    const slug = get(location, 'slug', 'current')
    if (slug !== undefined) {
      const result = checkSlug(slug)
      if (!result.ok) problems.add(location, ['slug', 'current'], result.message)
      else {
        const owner = slugOwners.get(result.value)
        if (owner === undefined) slugOwners.set(result.value, location)
        else {
          const ownerName = typeof owner.name === 'string' ? owner.name : String(owner._id)
          problems.add(
            location,
            ['slug', 'current'],
            `The location "${ownerName}" already uses the web address name "${result.value}". Each location needs its own: change this one.`,
          )
        }
      }
    }
    checkPhone(location, ['phone'], problems)
    if (location.timeZone !== undefined) {
      const zone = validateTimeZone(location.timeZone)
      if (!zone.ok) problems.add(location, ['timeZone'], zone.message)
    }
    const repeatedDays = repeatedWeekdays(list(location.openingHours))
    list(location.openingHours).forEach((row, i) => {
      if (!isObject(row)) return
      const repeated = repeatedDays.get(i)
      if (repeated !== undefined) problems.add(location, ['openingHours', i, 'day'], repeated)
      for (const problem of openingHoursProblems(row)) {
        problems.add(location, ['openingHours', i, problem.field], problem.message)
      }
    })
  }

  if (problems.list.length > 0) {
    // Document order (clinic, vendors, contacts, locations), whatever rule found the problem.
    const rank = new Map<string, number>()
    ;[...data.clinics, ...data.vendors, ...data.contacts, ...data.locations].forEach((doc, i) => {
      if (typeof doc._id === 'string' && !rank.has(doc._id)) rank.set(doc._id, i)
    })
    const rankOf = (p: ContentProblem) =>
      p.documentType === null ? -1 : (rank.get(p.documentId) ?? Infinity)
    return { ok: false, problems: [...problems.list].sort((a, b) => rankOf(a) - rankOf(b)) }
  }
  return { ok: true, content: buildContent(parsed, siteHosts) }
}

function parseAll<T extends DocumentType>(docs: RawObject[], type: T, problems: Problems) {
  const schema = documentSchemas[type]
  const out: z.infer<(typeof documentSchemas)[T]>[] = []
  for (const doc of docs) {
    const result = schema.safeParse(doc, { error: plainMessage })
    if (result.success) out.push(result.data as z.infer<(typeof documentSchemas)[T]>)
    else
      for (const issue of result.error.issues) problems.add(doc, issue.path as Path, issue.message)
  }
  return out
}

function checkPhone(doc: RawObject, path: Path, problems: Problems): void {
  const value = get(doc, ...path)
  if (value === undefined) return // the model reports a missing required phone
  const result = validatePhone(value)
  if (!result.ok) problems.add(doc, path, result.message)
}

// --- Building SiteContent. Only reached when every rule above passed, so failures here are bugs. ---

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`Internal error: a checked value failed again: ${result.message}`)
  return result.value
}

function phone(value: string): Phone {
  const result = validatePhone(value)
  return must(result.ok ? { ok: true, value: result.phone } : result)
}

function portalHref(
  url: string,
  context: { siteHosts: string[]; vendorDomains: string[] },
): PortalHref {
  const result = checkPortalLink(url, context)
  return must(result.ok ? { ok: true, value: result.href } : result)
}

function buildContent(
  parsed: {
    clinics: ClinicDocument[]
    vendors: PortalVendorDocument[]
    contacts: SupportContactDocument[]
    locations: LocationDocument[]
  },
  siteHosts: string[],
): SiteContent {
  const [clinic] = parsed.clinics
  const vendorDoc = parsed.vendors.find((v) => v._id === clinic?.portal.vendor._ref)
  if (clinic === undefined || vendorDoc === undefined)
    throw new Error('Internal error: checked content has no clinic or vendor.')

  const vendor: PortalVendor = {
    id: vendorDoc._id,
    name: vendorDoc.name,
    productName: vendorDoc.productName,
    portalDomains: vendorDoc.portalDomains.map((d) =>
      must(toValue(checkVendorDomain(d, { siteHosts }))),
    ),
    supportPhone: vendorDoc.supportPhone === undefined ? null : phone(vendorDoc.supportPhone),
    supportHours: vendorDoc.supportHours ?? null,
  }
  const context = { siteHosts, vendorDomains: vendor.portalDomains }
  const href = (url: string) => portalHref(url, context)

  const contactsById = new Map<string, SupportContact>(
    parsed.contacts.map((c) => [
      c._id,
      { id: c._id, name: c.name, phone: phone(c.phone), hours: c.hours, handles: c.handles ?? [] },
    ]),
  )
  const contactOf = (ref: string): SupportContact => {
    const contact = contactsById.get(ref)
    if (contact === undefined) throw new Error(`Internal error: unresolved contact ${ref}.`)
    return contact
  }
  const { portal } = clinic
  const triage = portal.triage.map((item) => ({
    key: item._key,
    problem: item.problem,
    whatToDo: item.whatToDo,
    contact: contactOf(item.contact._ref),
  }))
  const mentioned = [...new Set(triage.map((item) => item.contact))]
  const others = [...contactsById.values()]
    .filter((c) => !mentioned.includes(c))
    .sort((a, b) => a.name.localeCompare(b.name))

  const byDay = (a: { day: string }, b: { day: string }) =>
    WEEKDAYS.indexOf(a.day as never) - WEEKDAYS.indexOf(b.day as never)
  const locations: Location[] = parsed.locations
    .map((l) => ({
      id: l._id,
      name: l.name,
      slug: l.slug.current,
      address: {
        street: l.address.street,
        city: l.address.city,
        region: l.address.region,
        postalCode: l.address.postalCode,
        country: l.address.country ?? 'US',
      },
      phone: phone(l.phone),
      timeZone: l.timeZone,
      openingHours: [...l.openingHours].sort(byDay).map((row) => ({
        day: row.day,
        opens: row.closed === true ? null : (row.opens ?? null),
        closes: row.closed === true ? null : (row.closes ?? null),
      })),
      acceptingNewPatients: l.acceptingNewPatients ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))

  return {
    clinic: {
      id: clinic._id,
      name: clinic.name,
      websiteHosts: clinic.websiteHosts.map((h) => must(checkWebsiteHost(h))),
      mainPhone: phone(clinic.mainPhone),
      emergencyMessage: clinic.emergencyMessage,
      medicalSpecialty: clinic.medicalSpecialty,
      languageHelp: clinic.languageHelp ?? null,
    },
    portal: {
      name: portal.displayName ?? vendor.productName,
      vendor,
      explanation: portal.explanation,
      features: portal.features,
      signInHref: href(portal.signInUrl),
      signUpHref: portal.signUpUrl === undefined ? null : href(portal.signUpUrl),
      signUpInstructions: portal.signUpInstructions,
      familyAccess: {
        summary: portal.familyAccess.summary,
        parentViewChangesAtAge: portal.familyAccess.parentViewChangesAtAge,
        afterThatAge: portal.familyAccess.afterThatAge,
        requestHref:
          portal.familyAccess.requestUrl === undefined
            ? null
            : href(portal.familyAccess.requestUrl),
      },
      appLinks: (portal.appLinks ?? []).map((link) => ({
        key: link._key,
        store: link.store,
        storeName: APP_STORE_NAMES[link.store],
        href: must(checkAppStoreUrl(link.store, link.url)),
      })),
      helpLinks: (portal.helpLinks ?? []).map((link) => ({
        key: link._key,
        label: link.label,
        href: href(link.url),
      })),
      outageNotice:
        portal.outageNotice === undefined
          ? null
          : {
              message: portal.outageNotice.message,
              startsAt: portal.outageNotice.startsAt,
              endsAt: portal.outageNotice.endsAt,
            },
      triage,
    },
    contacts: [...mentioned, ...others],
    locations,
  }
}

function toValue(
  result: { ok: true; domain: string } | { ok: false; message: string },
): { ok: true; value: string } | { ok: false; message: string } {
  return result.ok ? { ok: true, value: result.domain } : result
}
