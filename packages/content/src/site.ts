import type { Edition } from './check'

export type { Brand, Logo } from './brand'

/**
 * The shape the pages get: checked, resolved and formatted content. `checkSite` builds it
 * (`check.ts`, `documents.ts`, `help-topics.ts`), and its types follow from that code, where each
 * field is documented. Every portal address is a `PortalHref` (it passed `@doorway/portal-link`);
 * every phone number has passed libphonenumber-js and comes ready to display and to dial.
 */
export interface SiteContent extends Edition {
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
}

export interface Phone {
  /** National format for people to read, e.g. `(217) 555-0134`. */
  display: string
  /** `tel:` URI in E.164, e.g. `tel:+12175550134`; an extension follows a pause: `tel:+12175550134,12`. */
  href: string
}

/** Opening time to closing time on one day, both 24-hour `HH:MM`, opening first. */
export interface TimeRange {
  opens: string
  closes: string
}

export type ClinicInfo = SiteContent['clinic']
export type PortalInfo = SiteContent['portal']
export type PortalVendor = PortalInfo['vendor']
export type SupportContact = SiteContent['contacts'][number]
export type TriageItem = PortalInfo['triage'][number]
export type AppLink = PortalInfo['appLinks'][number]
export type HelpLink = PortalInfo['helpLinks'][number]
export type OutageNotice = NonNullable<PortalInfo['outageNotice']>
export type PortalHandout = PortalInfo['handout']
export type Location = SiteContent['locations'][number]
export type OpeningHours = Location['openingHours'][number]
export type SpecialHours = Location['specialHours'][number]

/** The page of portal questions and answers: the one place its path is written. */
export const PORTAL_HELP_PATH = '/portal/help'

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
