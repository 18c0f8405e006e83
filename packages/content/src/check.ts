import { DEFAULT_LANGUAGE, englishName } from '@doorway/languages'
import { canonicalHost } from '@doorway/portal-link'
import type { ImageSource } from './brand'
import { checkBrand } from './brand-check'
import type { ContentEnv } from './env'
import {
  attempt,
  checkClinic,
  checkContact,
  checkVendor,
  checkWebsiteHosts,
  list,
  need,
  type CheckedVendor,
  type References,
} from './documents'
import { checkLocation } from './location'
import { clinicDocument, DOCUMENT_TYPES } from './model'
import { fieldKey, get, isObject, Problems, type CheckResult, type RawObject } from './problems'
import { SITE_QUERY_LISTS } from './queries'
import { checkEachLanguageOnce, checkSiteLanguage } from './rules'
import type { SiteContent } from './site'
import { editionDocument, missingTranslationMessage, translationsOf } from './translations'

export {
  ContentProblemsError,
  DATASET_PROBLEM_ID,
  formatProblem,
  type CheckResult,
  type ContentProblem,
} from './problems'

const LISTS = DOCUMENT_TYPES.map((type) => SITE_QUERY_LISTS[type])
type SiteQueryResult = Record<(typeof LISTS)[number], RawObject[]>

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
  if (!isObject(value) || LISTS.some((list) => !Array.isArray(value[list]))) {
    throw new TypeError(
      'checkSite expects the result of SITE_QUERY: an object with clinics, vendors, contacts and locations lists.',
      { cause: value },
    )
  }
  const clean = withoutNulls(value) as Record<string, unknown[]>
  return Object.fromEntries(
    LISTS.map((list) => [list, (clean[list] ?? []).filter(isObject)]),
  ) as SiteQueryResult
}

const NO_CLINIC_START = 'This dataset has no clinic document, so there is no site to build.'

/** What to do about a missing clinic, by source; the hint for developers comes last. */
const NO_CLINIC: Record<ContentEnv['mode'] | 'unknown', string> = {
  sanity: `${NO_CLINIC_START} Create the clinic in the Studio and publish it. (For developers: SANITY_PROJECT_ID and SANITY_DATASET choose the project and dataset read.)`,
  local: `${NO_CLINIC_START} The file being checked has no clinic in it: use your clinic’s own dataset file, or publish the clinic in the Studio and export the dataset again. (For developers: CONTENT_DATASET or --dataset chooses the file.)`,
  unknown: `${NO_CLINIC_START} Create the clinic in the Studio and publish it.`,
}

/** The host of the deployed site's address, when it has a readable one. */
function hostOf(siteUrl: string | null | undefined): string[] {
  if (siteUrl === undefined || siteUrl === null || siteUrl === '') return []
  try {
    return [canonicalHost(new URL(siteUrl).hostname)]
  } catch {
    return []
  }
}

/** A reference to no published document of the kind, and what to do: choose `again` again. */
const unresolved = (kind: string, again: string, ref: string) => ({
  ok: false as const,
  message: `This points to a ${kind} that does not exist or is not published (id "${ref}"). Choose ${again} again, and publish it.`,
})

/** Cross-document rule: every clinic reference resolves to a published vendor or contact. */
function references(
  vendors: CheckedVendor[],
  contacts: { id: unknown; contact: ReturnType<typeof checkContact> }[],
) {
  const vendorsById = new Map<unknown, CheckedVendor>(vendors.map((vendor) => [vendor.id, vendor]))
  const contactsById = new Map(contacts.map(({ id, contact }) => [id, contact]))
  return {
    vendor: (ref) => {
      if (typeof ref !== 'string') return { ok: true, value: undefined }
      const vendor = vendorsById.get(ref)
      return vendor !== undefined
        ? { ok: true, value: vendor }
        : unresolved('portal vendor', 'the portal vendor', ref)
    },
    contact: (ref) => {
      if (typeof ref !== 'string') return { ok: true, value: undefined }
      return contactsById.has(ref)
        ? { ok: true, value: contactsById.get(ref) ?? null }
        : unresolved('support contact', 'the contact', ref)
    },
  } satisfies References
}

/** Cross-document rule: each location has its own slug. */
function uniqueSlug() {
  const owners = new Map<string, RawObject>()
  return (owner: RawObject) => (slug: string) => {
    const earlier = owners.get(slug)
    if (earlier === undefined) {
      owners.set(slug, owner)
      return { ok: true as const, value: slug }
    }
    const name = typeof earlier.name === 'string' ? earlier.name : String(earlier._id)
    return {
      ok: false as const,
      message: `The location "${name}" already uses the web address name "${slug}". Each location needs its own: change this one.`,
    }
  }
}

/** Where the content came from and where it will be served: what `checkSite` needs besides it. */
interface CheckOptions {
  siteUrl?: string | null
  /** Where the content came from, so that advice about a missing clinic fits: a file or Sanity. */
  source?: ContentEnv['mode']
  /** Where image files (the logo) are served from; this site (local mode) by default. */
  images?: ImageSource
}

/** An edition of the site before it is told its languages: what the pages' types derive from. */
export type Edition = NonNullable<ReturnType<typeof checkEdition>>

/** Every document of the result, in the order problems are listed. */
const documentsOf = (data: SiteQueryResult) => LISTS.flatMap((list) => data[list])

/** The result with every document's translated fields in `language` (`editionDocument`). */
function inLanguage(data: SiteQueryResult, language: string): SiteQueryResult {
  return Object.fromEntries(
    LISTS.map((list) => [list, data[list].map((doc) => editionDocument(doc, language))]),
  ) as SiteQueryResult
}

/**
 * The clinic's live languages besides English, in its order: each a language code, listed once,
 * not English. A language not live is being translated, and is not checked at all.
 */
function liveLanguages(clinic: RawObject, problems: Problems): string[] {
  const rows = list(clinic.siteLanguages)
  const repeated = checkEachLanguageOnce(rows.map((row) => get(row, 'language')))
  return rows.flatMap((row, i) => {
    const tag = problems.at(clinic, ['siteLanguages', i, 'language'], checkSiteLanguage)
    const twice = repeated.get(i)
    if (twice !== undefined) problems.add(clinic, ['siteLanguages', i, 'language'], twice)
    return tag != null && twice === undefined && get(row, 'live') === true ? [tag] : []
  })
}

/**
 * Turns the result of `SITE_QUERY` into the site's typed content, or into every problem found,
 * in one pass per language: the English edition, then each live language's (`translationsOf`):
 * every translated text English has must be there, and each passes the same rules as English.
 */
export function checkSite(queryResult: unknown, options: CheckOptions = {}): CheckResult {
  const stored = asQueryResult(queryResult)
  const problems = new Problems()
  const english = inLanguage(stored, DEFAULT_LANGUAGE)
  const englishEdition = checkEdition(english, options, problems)
  const [clinic, ...more] = english.clinics
  const languages = clinic !== undefined && more.length === 0 ? liveLanguages(clinic, problems) : []
  const editions = languages.map((language) => {
    const { missing, own } = translationsOf(documentsOf(stored), language)
    const fields = new Set([...missing, ...own].map((f) => fieldKey(f.document, f.path)))
    const view = problems.edition(`${englishName(language)}: `, fields, documentsOf(english))
    for (const { document, path, name } of missing)
      view.add(document, path, missingTranslationMessage(language, name))
    return [language, checkEdition(inLanguage(stored, language), options, view)] as const
  })

  if (!problems.empty) return { ok: false, problems: problems.sorted(documentsOf(stored)) }
  const all = [DEFAULT_LANGUAGE, ...languages]
  // Nothing failed, so every edition was built (`need` throws an internal error otherwise).
  const edition = (language: string, built: Edition | null): SiteContent => ({
    language,
    languages: all,
    translations: {},
    ...need(built),
  })
  const main = edition(DEFAULT_LANGUAGE, englishEdition)
  // Every edition lists contacts and locations in the main edition's order.
  const inMainOrder = <T extends { id: string }>(items: T[], order: T[]) => {
    const rank = new Map(order.map((item, i) => [item.id, i]))
    return items.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
  }
  const translations = Object.fromEntries(
    editions.map(([language, built]) => {
      const content = edition(language, built)
      inMainOrder(content.contacts, main.contacts)
      inMainOrder(content.locations, main.locations)
      return [language, content]
    }),
  )
  return { ok: true, content: { ...main, translations } }
}

/**
 * Every rule on one edition of the dataset (its translated fields in one language): the zod
 * model, exactly one clinic, resolved references, the portal-link rule on every portal address,
 * vendor domains, website hosts, app-store links, unique URL-safe slugs, phone numbers, time
 * zones, opening hours and the outage window. Returns the edition, or null when something failed.
 */
function checkEdition(data: SiteQueryResult, options: CheckOptions, problems: Problems) {
  // Each document's problems come out in the order found: its model first, then its rules.
  const clinics = data.clinics.map((raw) => ({ raw, doc: problems.parse(raw, clinicDocument) }))
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
  // The website's own hosts: the clinic's (when there is exactly one clinic) plus SITE_URL's.
  const hosts = clinics.map(({ raw }) => checkWebsiteHosts(raw, problems))
  const siteHosts = [...hostOf(options.siteUrl), ...(hosts.length === 1 ? hosts.flat() : [])]

  const vendors = data.vendors.map((raw) => checkVendor(raw, siteHosts, problems))
  const contacts = data.contacts.map((raw) => ({
    id: raw._id,
    contact: checkContact(raw, problems),
  }))
  const refs = references(vendors, contacts)
  const built = clinics.map(({ raw, doc }, i) =>
    checkClinic(raw, doc, hosts[i] ?? [], siteHosts, refs, problems),
  )
  const brands = clinics.map(({ raw }) =>
    checkBrand(raw, problems, options.images ?? { kind: 'local' }),
  )
  const slugOf = uniqueSlug()
  const locations = data.locations.map((raw) => checkLocation(raw, slugOf(raw), problems))

  return attempt(() => {
    const { clinic, portal } = need(built[0])
    // Support contacts in the order the triage list first mentions them, then by name.
    const mentioned = [...new Set(portal.triage.map((item) => item.contact))]
    const others = contacts
      .map(({ contact }) => need(contact))
      .filter((contact) => !mentioned.includes(contact))
      .sort((a, b) => a.name.localeCompare(b.name))
    return {
      clinic,
      portal,
      /** The clinic's logo and colours; nothing set is the site's own look. */
      brand: need(brands[0]),
      /** Support contacts, in the order the triage list first mentions them, then by name. */
      contacts: [...mentioned, ...others],
      /** Locations sorted by name. */
      locations: locations.map(need).sort((a, b) => a.name.localeCompare(b.name)),
    }
  })
}
