import type { PortalHref } from '@doorway/portal-link'
import type { Brand } from './brand'
import type { AppStore, HandoutLink, MedicalSpecialty, Weekday } from './model'

export type { Brand, Logo } from './brand'

/**
 * The shape the pages get: checked, resolved and formatted content. Every portal address is a
 * `PortalHref` (it passed `@doorway/portal-link`); every phone number has passed
 * libphonenumber-js and comes ready to display and to dial.
 */
export interface SiteContent {
  /**
   * This edition's language, a canonical BCP 47 tag (`en`, `es`, `zh-Hant`): every text below is
   * in it. The site's main edition is English.
   */
  language: string
  /** Every language the site is published in, English first; this edition's is among them. */
  languages: string[]
  /**
   * The site's other editions, by language tag: the same documents in the same order, their texts
   * in that language. Filled on the main (English) edition only; `{}` inside an edition.
   */
  translations: Record<string, SiteContent>
  clinic: ClinicInfo
  portal: PortalInfo
  /** The clinic's logo and colours; nothing set is the site's own look. */
  brand: Brand
  /** Support contacts, in the order the triage list first mentions them, then by name. */
  contacts: SupportContact[]
  /** Locations sorted by name. */
  locations: Location[]
}

export interface Phone {
  /** National format for people to read, e.g. `(217) 555-0134`. */
  display: string
  /** `tel:` URI in E.164, e.g. `tel:+12175550134`; an extension follows a pause: `tel:+12175550134,12`. */
  href: string
}

export interface ClinicInfo {
  id: string
  name: string
  /** Canonical website hosts, lower-case, e.g. `maplegrove.example`. */
  websiteHosts: string[]
  mainPhone: Phone
  emergencyMessage: string
  /** Whom to call for medical advice that cannot wait (a nurse line), when the clinic has one. */
  adviceLine: SupportContact | null
  medicalSpecialty: MedicalSpecialty
  languageHelp: string | null
  languageAssistance: LanguageAssistance
  accessibility: AccessibilityStatement
}

/** A person or office to contact; any of the three may be missing, never all. */
export interface ContactPoint {
  name: string | null
  phone: Phone | null
  email: string | null
}

/** What the accessibility statement shows besides its fixed text. */
export interface AccessibilityStatement {
  /** Whom to tell about a barrier on the website; null means the clinic's main phone. */
  contact: ContactPoint | null
  /** When the website was last reviewed for accessibility, `YYYY-MM-DD`. */
  lastReviewed: string | null
}

/** What the language-assistance page shows besides its fixed notices (Section 1557). */
export interface LanguageAssistance {
  /** The Section 1557 coordinator, when the clinic names one (45 CFR 92.7). */
  coordinator: ContactPoint | null
  /** One per language, in the clinic's order, each with the main phone number written in. */
  taglines: Tagline[]
}

export interface Tagline {
  key: string
  /** BCP 47 tag, for the `lang` attribute. */
  lang: string
  dir: 'ltr' | 'rtl'
  englishName: string
  ownName: string
  text: string
}

export interface PortalVendor {
  id: string
  name: string
  productName: string
  portalDomains: string[]
}

export interface SupportContact {
  id: string
  name: string
  phone: Phone
  hours: string
}

export interface TriageItem {
  key: string
  problem: string
  whatToDo: string
  contact: SupportContact
}

export interface AppLink {
  key: string
  store: AppStore
  /** Human name of the store, e.g. `App Store` or `Google Play`. */
  storeName: string
  href: string
}

export interface HelpLink {
  key: string
  label: string
  href: PortalHref
}

export interface OutageNotice {
  message: string
  /** ISO 8601 date-times. */
  startsAt: string
  endsAt: string
}

/** Another portal some patients use ("Which portal is mine?"), checked against its own vendor. */
export interface OtherPortal {
  key: string
  name: string
  vendor: PortalVendor
  signInHref: PortalHref
  /** Finishes the sentence "Use this one if…". */
  useThisIf: string
}

/**
 * The portal questions parents ask the front desk, each null when the clinic leaves it out
 * (`/portal/help`, `PORTAL_HELP_PATH`).
 */
export interface PortalHelp {
  /** How soon messages are answered, finishing "We answer messages…" ("within 2 business days"). */
  messages: { replyTime: string } | null
  testResults: { whatToExpect: string; contact: SupportContact } | null
  passwordReset: { href: PortalHref; contact: SupportContact } | null
  bills: {
    /** The billing office: its phone and hours. */
    contact: SupportContact
    /** The online bill-pay page, on its vendor's domain (the portal's unless another is named). */
    payOnline: { href: PortalHref; vendor: PortalVendor } | null
  } | null
  records: {
    howToAsk: string
    /** The request form: an https page, possibly on the clinic's own website (not a portal link). */
    formHref: string | null
    /** Finishes "You usually get the copy…" ("within 5 business days"). */
    usualTime: string
    contact: SupportContact | null
  } | null
  /** Supported browsers or the app's phone version, in one line. */
  whatYouNeed: string | null
}

/** The page of portal questions and answers: the one place its path is written. */
export const PORTAL_HELP_PATH = '/portal/help'

/** The printed sign-up sheet (`/portal/handout`). */
export interface PortalHandout {
  /** Which of the portal's addresses the sheet's QR code and printed address carry. */
  link: HandoutLink
  /** That address: the very `signUpHref` or `signInHref` the portal page links to. */
  href: PortalHref
  /** The office manager's own line for the sheet (one line, at most `HANDOUT_NOTE_MAX_LENGTH`). */
  note: string | null
}

export interface PortalInfo {
  /** What patients call it: the clinic's display name, else the vendor's product name. */
  name: string
  vendor: PortalVendor
  explanation: string
  features: string[]
  signInHref: PortalHref
  signUpHref: PortalHref | null
  signUpInstructions: string
  familyAccess: {
    summary: string
    parentViewChangesAtAge: number
    afterThatAge: string
    requestHref: PortalHref | null
  }
  appLinks: AppLink[]
  helpLinks: HelpLink[]
  /** The notice as written; whether it is active at a given time is `isOutageActive`. */
  outageNotice: OutageNotice | null
  triage: TriageItem[]
  handout: PortalHandout
  /** Finishes "Use this one if…" for this portal, when the clinic lists other portals. */
  useThisIf: string | null
  /** Other portals some patients use, in the clinic's order; this portal leads, for most families. */
  otherPortals: OtherPortal[]
  help: PortalHelp
}

/** Opening time to closing time on one day, both 24-hour `HH:MM`, opening first. */
export interface TimeRange {
  opens: string
  closes: string
}

export interface OpeningHours {
  day: Weekday
  /** The day's opening ranges in order (two for a lunch break); empty when closed all day. */
  ranges: TimeRange[]
}

/** Dated hours that replace the usual week: a holiday, a closure, a short day. */
export interface SpecialHours {
  key: string
  /** Why, in a few words: "Thanksgiving". */
  reason: string
  /** `YYYY-MM-DD`, in the location's time zone. */
  firstDay: string
  /** `YYYY-MM-DD`; the same as `firstDay` for one day. */
  lastDay: string
  /** Empty when closed all day. */
  ranges: TimeRange[]
}

export interface Location {
  id: string
  name: string
  slug: string
  address: {
    street: string
    city: string
    region: string
    postalCode: string
    country: string
  }
  phone: Phone
  timeZone: string
  /** One entry per day listed, Monday first. */
  openingHours: OpeningHours[]
  /** Every dated exception, by first day; which to show at a given time is `specialHoursToShow`. */
  specialHours: SpecialHours[]
  acceptingNewPatients: boolean | null
}

/** The path of the page that shows the location at `slug`: the one place it is written. */
export function locationPath(slug: string): string {
  return `/locations/${slug}`
}

/** True when `notice` should be shown at `now`: from `startsAt` (inclusive) to `endsAt` (exclusive). */
export function isOutageActive(notice: OutageNotice | null, now: Date): boolean {
  if (notice === null) return false
  const start = Date.parse(notice.startsAt)
  const end = Date.parse(notice.endsAt)
  const t = now.getTime()
  return Number.isFinite(start) && Number.isFinite(end) && t >= start && t < end
}

/** `"08:30"` → `"8:30 am"`, `"12:00"` → `"12:00 pm"`: a 24-hour time as a US office writes it. */
export function formatClockTime(time: string): string {
  const [h = '0', m = '00'] = time.split(':')
  const hour = Number(h)
  return `${hour % 12 === 0 ? 12 : hour % 12}:${m} ${hour < 12 ? 'am' : 'pm'}`
}

/** A day's ranges in words: `"8:00 am – 12:00 pm, 1:00 pm – 5:00 pm"`, or `"Closed"`. */
export function formatTimeRanges(ranges: readonly TimeRange[]): string {
  if (ranges.length === 0) return 'Closed'
  return ranges
    .map((range) => `${formatClockTime(range.opens)} – ${formatClockTime(range.closes)}`)
    .join(', ')
}

/**
 * Directions to a location on the map service's own site, from the address alone: no embedded
 * map, no script, nothing about the visitor sent by this site (Google Maps URLs, `api=1`).
 */
export function directionsUrl(address: Location['address']): string {
  const destination = [
    address.street,
    address.city,
    `${address.region} ${address.postalCode}`,
    address.country,
  ].join(', ')
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`
}

/** How many days before special hours begin the site starts showing them. */
export const SPECIAL_HOURS_NOTICE_DAYS = 7

/** `now` as a calendar date (`YYYY-MM-DD`) in `timeZone`. */
function dateIn(timeZone: string, now: Date): string {
  // From the parts, so no locale's date order (or a runtime without its data) can shift them.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/**
 * The special hours to show at `now`: those that apply today, in the location's time zone, or
 * begin within `SPECIAL_HOURS_NOTICE_DAYS`; past ones are left out. In date order.
 */
export function specialHoursToShow(location: Location, now: Date): SpecialHours[] {
  const today = dateIn(location.timeZone, now)
  const horizon = addDays(today, SPECIAL_HOURS_NOTICE_DAYS)
  // YYYY-MM-DD strings compare as dates.
  return location.specialHours.filter((s) => s.lastDay >= today && s.firstDay <= horizon)
}
