import type { PortalHref } from '@doorway/portal-link'
import type { AppStore, MedicalSpecialty, Weekday } from './model'

/**
 * The shape the pages get: checked, resolved and formatted content. Every portal address is a
 * `PortalHref` (it passed `@doorway/portal-link`); every phone number has passed
 * libphonenumber-js and comes ready to display and to dial.
 */
export interface SiteContent {
  clinic: ClinicInfo
  portal: PortalInfo
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
  supportPhone: Phone | null
  supportHours: string | null
}

export interface SupportContact {
  id: string
  name: string
  phone: Phone
  hours: string
  handles: string[]
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
}

export interface OpeningHours {
  day: Weekday
  /** `null` when closed all day. */
  opens: string | null
  closes: string | null
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
