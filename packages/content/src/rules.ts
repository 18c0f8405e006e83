import { checkLanguageTag, DEFAULT_LANGUAGE, englishName } from '@doorway/languages'
import { canonicalHost } from '@doorway/portal-link'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { clockTime, HANDOUT_LINKS, type AppStore, type HandoutLink } from './model'
import { formatTimeRanges, type Phone } from './site'

/**
 * Field rules shared by `check` and the Studio's validation, so the two never disagree. Each is
 * a `check…` function that takes `unknown`; a rule on one value returns a `RuleResult` (`value`
 * or `message`, as `@doorway/portal-link`'s do), and the message is written for an office manager.
 */

// The language rules live with the language data; they are field rules like the ones below.
export { checkLanguageTag, checkTagline } from '@doorway/languages'
// The brand-colour contrast rule (WCAG AA with white), with the shade it suggests.
export {
  BRAND_MIN_CONTRAST,
  checkBrandColor,
  contrastRatio,
  darkerShade,
  parseHexColor,
  type BrandColorField,
} from './contrast'
// The logo's image: a file type the site can show.
export { checkLogoAsset } from './brand'
// A warning rule: the accessibility statement's review date is at most a year old.
export { ACCESSIBILITY_REVIEW_DAYS, accessibilityReviewWarning } from './accessibility'

export type RuleResult<T> = { ok: true; value: T } | { ok: false; message: string }

/** A rule's refusal: the message an office manager reads. */
const refuse = (message: string) => ({ ok: false as const, message })

const hhmm = (v: unknown): v is string => clockTime.safeParse(v).success

/** No user name, password or port: the parts an address can use to pass for another site. */
const plainAuthority = (url: URL) => url.username === '' && url.password === '' && url.port === ''

/** Location slugs: lower-case words joined by single dashes, safe in a URL as is. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The only hosts an app link may point to, per store. */
const APP_STORE_HOSTS: Record<AppStore, string> = {
  apple: 'apps.apple.com',
  google: 'play.google.com',
}

/** People-facing store names. */
export const APP_STORE_NAMES: Record<AppStore, string> = {
  apple: 'App Store',
  google: 'Google Play',
}

/**
 * Validates a phone number (default country US) and formats it: national format for numbers in
 * the default country, international otherwise, plus a `tel:` link in E.164. An extension
 * ("ext. 12") stays in the text and is dialled after a pause (`tel:+12175550134,12`): the comma
 * is the pause that phones' diallers honour, where RFC 3966's `;ext=` is mostly ignored.
 */
export function checkPhone(value: unknown, defaultCountry: CountryCode = 'US'): RuleResult<Phone> {
  const bad = refuse(
    'This is not a phone number that can be dialled. Type the full number with its area code, for example (217) 555-0100.',
  )
  if (typeof value !== 'string' || value.trim() === '') return bad
  const parsed = parsePhoneNumberFromString(value, defaultCountry)
  if (parsed === undefined || !parsed.isValid()) return bad
  // One wording of an extension for every country ("ext. 12"; some countries' default is "x12").
  const options = { formatExtension: (number: string, ext: string) => `${number} ext. ${ext}` }
  const display =
    parsed.country === defaultCountry
      ? parsed.formatNational(options)
      : parsed.formatInternational(options)
  const extension = parsed.ext === undefined ? '' : `,${parsed.ext}`
  return { ok: true, value: { display, href: `tel:${parsed.number}${extension}` } }
}

/** Validates an IANA time zone name such as `America/Chicago`. */
export function checkTimeZone(value: unknown): RuleResult<string> {
  const message =
    'This is not a time zone name. Choose one from the list, for example America/Chicago.'
  if (typeof value !== 'string' || value.trim() === '') return refuse(message)
  try {
    // Intl throws a RangeError for an unknown zone; it accepts every IANA name and alias.
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return { ok: true, value }
  } catch {
    return refuse(message)
  }
}

/** Checks a link to the portal's app: `https:` on the store's own host only. */
export function checkAppStoreUrl(store: AppStore, url: unknown): RuleResult<string> {
  const host = APP_STORE_HOSTS[store]
  const message =
    store === 'apple'
      ? `This is not an App Store address. Open the portal app’s page in the App Store and paste its address; it starts with https://${host}/.`
      : `This is not a Google Play address. Open the portal app’s page on Google Play and paste its address; it starts with https://${host}/.`
  const parsed = typeof url === 'string' ? URL.parse(url.trim()) : null
  if (parsed?.protocol !== 'https:' || parsed.hostname !== host || !plainAuthority(parsed))
    return refuse(message)
  return { ok: true, value: parsed.href }
}

/** Checks one of the clinic's own website hosts and returns it lower-case, in ASCII. */
export function checkWebsiteHost(value: unknown): RuleResult<string> {
  const message =
    'Type only your website name, without https://, slashes or spaces, for example maplegrovepediatrics.org.'
  const input = typeof value === 'string' ? value.trim() : ''
  if (input === '' || /[\s/\\:@?#]/.test(input)) return refuse(message)
  // An address the URL parser refuses is no host at all ('').
  const host = canonicalHost(URL.parse(`https://${input}`)?.hostname ?? '')
  if (host.startsWith('[') || /^[\d.]+$/.test(host))
    return refuse(
      'This is a number (an IP address). Type your website name, for example maplegrovepediatrics.org.',
    )
  if (!host.includes('.') || host.split('.').some((label) => label === '')) return refuse(message)
  return { ok: true, value: host }
}

/** Checks a location slug: present and URL-safe. Uniqueness needs every location; `check` does that. */
export function checkSlug(value: unknown): RuleResult<string> {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value))
    return refuse(
      'The web address name (slug) may use only lower-case letters, digits and single dashes, for example north-side. Click "Generate" to make one.',
    )
  return { ok: true, value }
}

/** Problems with one day of opening hours: open days need opening before closing, closed days no times. */
export function checkOpeningHours(row: {
  closed?: unknown
  opens?: unknown
  closes?: unknown
}): { field: 'opens' | 'closes'; message: string }[] {
  const has = (v: unknown) => v !== undefined && v !== null && v !== ''
  if (row.closed === true) {
    const message = 'This day is marked closed but has a time. Remove the time, or untick "Closed".'
    return (['opens', 'closes'] as const)
      .filter((field) => has(row[field]))
      .map((field) => ({ field, message }))
  }
  if (!has(row.opens))
    return [{ field: 'opens', message: 'Type the opening time, or tick "Closed" for this day.' }]
  if (!has(row.closes))
    return [{ field: 'closes', message: 'Type the closing time, or tick "Closed" for this day.' }]
  // HH:MM strings compare correctly as text; malformed times are the model's to report.
  if (hhmm(row.opens) && hhmm(row.closes) && row.opens >= row.closes) {
    return [{ field: 'closes', message: 'The closing time must be later than the opening time.' }]
  }
  return []
}

/**
 * For each row whose range overlaps (or meets) an earlier one in time, by index, the message
 * naming `what` (a day, an entry): the rule that lets a day have several ranges (a lunch break)
 * but never the same minute twice.
 */
function overlaps(what: string, rows: readonly unknown[]): Map<number, string> {
  const ranges = rows
    .flatMap((row, index) => {
      // Well-formed ranges only (HH:MM, opening first): malformed ones have their own messages.
      const { opens, closes } = (row ?? {}) as { opens?: unknown; closes?: unknown }
      return hhmm(opens) && hhmm(closes) && opens < closes ? [{ index, opens, closes }] : []
    })
    .sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0))
  const found = new Map<number, string>()
  ranges.forEach((range, i) => {
    const earlier = ranges[i - 1]
    if (earlier !== undefined && range.opens <= earlier.closes) {
      found.set(
        range.index,
        `${what} has hours that overlap: ${formatTimeRanges([earlier])} and ${formatTimeRanges([range])}. Change the times so one ends before the next begins (for a lunch break, for example 8:00 am – 12:00 pm and 1:00 pm – 5:00 pm), or join them into one line.`,
      )
    }
  })
  return found
}

/**
 * The week's rows taken together: a day may have several lines (opening ranges, in any order,
 * shown in time order) as long as they do not overlap, and a day marked closed has no other
 * line. For each row in the wrong, by index, the field and the message, naming the day. Rows
 * without a day are left to the model's own "choose a day" message.
 */
export function checkDayRanges(rows: readonly unknown[]) {
  const dayOf = (row: unknown) => (row as { day?: unknown } | null | undefined)?.day
  const problems = new Map<number, { field: 'day' | 'opens'; message: string }>()
  for (const day of new Set(rows.map(dayOf).filter((day) => typeof day === 'string'))) {
    const indexes = rows.flatMap((row, i) => (dayOf(row) === day ? [i] : []))
    const dayRows = indexes.map((i) => rows[i] as { closed?: unknown })
    if (dayRows.length > 1 && dayRows.some((row) => row.closed === true)) {
      const message = `${day} is marked closed, but it has another line. Remove the extra line, or untick "Closed" and give each line its times.`
      for (const i of indexes.slice(1)) problems.set(i, { field: 'day', message })
    } else {
      for (const [at, message] of overlaps(day, dayRows))
        problems.set(indexes[at] ?? at, { field: 'opens', message })
    }
  }
  return problems
}

/** Problems with one entry of special hours (a holiday, a closure): its days and its times. */
export function checkSpecialHours(entry: {
  firstDay?: unknown
  lastDay?: unknown
  closed?: unknown
  hours?: unknown
}) {
  const problems: { path: (string | number)[]; message: string }[] = []
  const add = (path: (string | number)[], message: string) => problems.push({ path, message })
  const { firstDay, lastDay } = entry
  // YYYY-MM-DD strings compare as dates; anything else is the model's to report.
  const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
  if (isDate(firstDay) && isDate(lastDay) && lastDay < firstDay) {
    add(
      ['lastDay'],
      'The last day is before the first day. Choose a last day on or after the first day, or leave it empty for one day.',
    )
  }
  const hours = Array.isArray(entry.hours) ? entry.hours : []
  if (entry.closed === true) {
    if (hours.length > 0) {
      add(
        ['hours'],
        'These days are marked closed but have opening times. Remove the times, or untick "Closed".',
      )
    }
  } else if (hours.length === 0) {
    add(
      ['hours'],
      'Add the opening times for these days, or tick "Closed" if you are closed all day.',
    )
  } else {
    hours.forEach((row, i) => {
      if (typeof row !== 'object' || row === null) return
      for (const { field, message } of checkOpeningHours(row)) add(['hours', i, field], message)
    })
    for (const [i, message] of overlaps('This entry', hours)) add(['hours', i, 'opens'], message)
  }
  return problems
}

/** Checks that an outage notice ends after it starts (both ISO 8601 date-times). */
export function checkOutageWindow(startsAt: unknown, endsAt: unknown): RuleResult<null> {
  if (typeof startsAt !== 'string' || typeof endsAt !== 'string') return { ok: true, value: null }
  const start = Date.parse(startsAt)
  const end = Date.parse(endsAt)
  if (Number.isFinite(start) && Number.isFinite(end) && end <= start)
    return refuse('The notice ends before it starts. Choose an end time after the start time.')
  return { ok: true, value: null }
}

/** An email address, as far as a person can check it by eye: name@place.domain, no spaces. */
export function checkEmail(value: unknown): RuleResult<string> {
  const email = typeof value === 'string' ? value.trim() : ''
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: true, value: email }
  return refuse(
    'This is not an email address. Type it in full, for example civilrights@maplegrove.example.',
  )
}

/** For each row whose language an earlier row already lists (in any spelling): the message. */
export function checkEachLanguageOnce(languages: readonly unknown[]): Map<number, string> {
  const seen = new Set<string>()
  const repeated = new Map<number, string>()
  languages.forEach((value, i) => {
    const tag = checkLanguageTag(value)
    if (!tag.ok) return
    if (seen.has(tag.value)) {
      repeated.set(i, `${englishName(tag.value)} is listed twice. Remove one of them.`)
    }
    seen.add(tag.value)
  })
  return repeated
}

/** A language of the site besides English (always on): a BCP 47 tag, not English itself. */
export function checkSiteLanguage(value: unknown): RuleResult<string> {
  const tag = checkLanguageTag(value)
  if (tag.ok && tag.value === DEFAULT_LANGUAGE)
    return refuse('English is always on. Remove this line.')
  return tag
}

/**
 * Where the printed sign-up sheet's QR code goes: the office manager's choice (`choice`), or,
 * left unset, the sign-up address when the clinic has one (`signUpUrl`), else the sign-in
 * address. Choosing sign-up without a sign-up address is refused. An unknown choice is the
 * model's to report; here it falls back to the default.
 */
export function checkHandoutLink(choice: unknown, signUpUrl: unknown): RuleResult<HandoutLink> {
  const hasSignUp = typeof signUpUrl === 'string' && signUpUrl.trim() !== ''
  if (choice === 'sign-up' && !hasSignUp)
    return refuse(
      'The QR code on the printed sign-up sheet is set to go to the first-time sign-up address, but there is none. Add the sign-up address your portal vendor gave you (under "Sign-in and sign-up"), or choose the sign-in address for the QR code.',
    )
  const chosen = HANDOUT_LINKS.find((link) => link === choice)
  return { ok: true, value: chosen ?? (hasSignUp ? 'sign-up' : 'sign-in') }
}

/**
 * A link to an ordinary web page that is not a portal link (the medical-records request form,
 * which may live on the clinic's own website): a full `https:` address, on the standard port,
 * with no user name or password, on a public website name (the host passes `checkWebsiteHost`).
 * Returns the address written out in its normal form.
 */
export function checkWebPageLink(value: unknown): RuleResult<string> {
  const example = 'https://www.yourclinic.org/records-form.pdf'
  const notAnAddress = refuse(
    `This is not a full web address. Paste the page’s whole address, starting with https://, for example ${example}.`,
  )
  const input = typeof value === 'string' ? value.trim() : ''
  const url = URL.parse(input)
  if (url === null) return notAnAddress
  if (url.protocol !== 'https:')
    return refuse(
      `This address must start with https:// so it opens safely. Paste the https:// address of the page, for example ${example}.`,
    )
  // The URL parser drops an empty user name and password; an `@` before the host is still a trick.
  const authority = input.replace(/^https:\/*/i, '').split(/[/?#\\]/, 1)[0] ?? ''
  if (!plainAuthority(url) || authority.includes('@'))
    return refuse(
      `This address has a user name, a password or a port number in it, which patients’ browsers may not open safely. Paste the plain address of the page, for example ${example}.`,
    )
  if (!checkWebsiteHost(url.hostname).ok) return notAnAddress
  return { ok: true, value: url.href }
}
