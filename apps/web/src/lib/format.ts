import { WEEKDAYS, type Weekday } from '@doorway/content/model'
import { formatClockTime as clockTimeInEnglish, type TimeRange } from '@doorway/content/site'
import { messagesFor } from '@/messages'
import { capitalize } from '@/messages/rich'

/**
 * Dates and times in the page's language, through `Intl`. A tag without a region is read as
 * spoken in the United States, where the kit's clinics are (`es` → `es-US`: "10:00 p.m. CST").
 */
export function intlLocale(language: string): string {
  try {
    const locale = new Intl.Locale(language)
    return locale.region === undefined
      ? new Intl.Locale(locale.baseName, { region: 'US' }).toString()
      : locale.baseName
  } catch {
    return 'en-US'
  }
}

/** A calendar date (`YYYY-MM-DD`) in words: `"Thursday, November 26"`, `"jueves, 26 de noviembre"`. */
export function formatDay(date: string, language: string): string {
  // The date is a calendar day already, so it is read and written in UTC: no zone can shift it.
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))
}

/** One day or several in words: `"Thursday, November 26 to Friday, November 27"`. */
export function formatDays(firstDay: string, lastDay: string, language: string): string {
  return firstDay === lastDay
    ? formatDay(firstDay, language)
    : messagesFor(language).format.dayRange(
        formatDay(firstDay, language),
        formatDay(lastDay, language),
      )
}

/** A calendar date with its year, as a review date: `"November 16, 2026"`, `"16 de noviembre de 2026"`. */
export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))
}

/** A date-time in the clinic's time zone, e.g. `"Saturday, November 28 at 10:00 PM CST"`. */
export function formatDateTime(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso))
}

// 2024-01-01 was a Monday: WEEKDAYS[i] falls on January 1 + i.
const A_MONDAY = Date.UTC(2024, 0, 1)
const DAY_MS = 24 * 60 * 60 * 1000

/** A day of the week on its own, as a table's row heading: `"Monday"`, `"Lunes"`. */
export function formatWeekday(day: Weekday, language: string): string {
  const locale = intlLocale(language)
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(A_MONDAY + WEEKDAYS.indexOf(day) * DAY_MS),
  )
  return capitalize(name, locale)
}

/**
 * A clock time (`HH:MM`, 24-hour): in English the site's own style, shared with the Studio
 * (`"8:00 am"`); in another language as `Intl` writes it there (`"8:00 a.m."`, `"08:00"`).
 */
export function formatClockTime(time: string, language: string): string {
  const locale = intlLocale(language)
  if (new Intl.Locale(locale).language === 'en') return clockTimeInEnglish(time)
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)))
}

/** A day's ranges in words: `"8:00 am – 12:00 pm, 1:00 pm – 5:00 pm"`, or `"Closed"` (`"Cerrado"`). */
export function formatTimeRanges(ranges: readonly TimeRange[], language: string): string {
  if (ranges.length === 0) return messagesFor(language).format.closed
  return ranges
    .map(
      (range) =>
        `${formatClockTime(range.opens, language)} – ${formatClockTime(range.closes, language)}`,
    )
    .join(', ')
}
