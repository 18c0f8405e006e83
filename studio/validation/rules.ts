import { clockTime } from '@doorway/content/model'
import {
  checkAppStoreUrl,
  checkOutageWindow,
  checkSlug,
  checkWebsiteHost,
  checkOpeningHours,
  checkPhone,
  checkTimeZone,
} from '@doorway/content/rules'
import { APP_STORES, type AppStore } from '@doorway/content/model'
import type { CustomValidator } from 'sanity'

// Sanity adapters for the content package's field rules, so the Studio and `check` never disagree.
// Empty values pass each of these: required-ness is a separate rule with its own message.

/** A dialable phone number (US by default). */
export const phoneValidator: CustomValidator<string | undefined> = (value) => {
  if (value === undefined) return true
  const result = checkPhone(value)
  return result.ok ? true : result.message
}

/** An IANA time zone name such as America/Chicago. */
export const timeZoneValidator: CustomValidator<string | undefined> = (value) => {
  if (value === undefined) return true
  const result = checkTimeZone(value)
  return result.ok ? true : result.message
}

/** One of the clinic's own website hosts, without https:// or a path. */
export const websiteHostValidator: CustomValidator<string | undefined> = (value) => {
  if (value === undefined) return true
  const result = checkWebsiteHost(value)
  return result.ok ? true : result.message
}

/** The problem with a slug's format, or `null` when it is URL-safe. */
export function slugFormatProblem(slug: string): string | null {
  const result = checkSlug(slug)
  return result.ok ? null : result.message
}

function isAppStore(value: unknown): value is AppStore {
  return (APP_STORES as readonly unknown[]).includes(value)
}

/** An app link on the chosen store's own host (the store is read from the same item). */
export const appStoreUrlValidator: CustomValidator<string | undefined> = (value, context) => {
  const store = (context.parent as { store?: unknown } | undefined)?.store
  if (value === undefined || !isAppStore(store)) return true
  const result = checkAppStoreUrl(store, value)
  return result.ok ? true : result.message
}

/** The model's message for a time that is not 24-hour `HH:MM`, or `null`. */
function clockTimeProblem(value: unknown): string | null {
  if (value === undefined) return null
  const parsed = clockTime.safeParse(value)
  return parsed.success
    ? null
    : (parsed.error.issues[0]?.message ?? 'Write the time as 24-hour HH:MM.')
}

/** A validator for one time field of an opening-hours row (`opens` or `closes`). */
export function openingTimeValidator(
  field: 'opens' | 'closes',
): CustomValidator<string | undefined> {
  return (value, context) => {
    const format = clockTimeProblem(value)
    if (format) return format
    const row = (context.parent ?? {}) as { closed?: unknown; opens?: unknown; closes?: unknown }
    // A malformed time has its own message; comparing it would only add a confusing second one.
    if (clockTimeProblem(row.opens) || clockTimeProblem(row.closes)) return true
    return checkOpeningHours(row).find((problem) => problem.field === field)?.message ?? true
  }
}

/** An outage notice's end, which must come after its start (read from the same notice). */
export const outageEndValidator: CustomValidator<string | undefined> = (value, context) => {
  const startsAt = (context.parent as { startsAt?: unknown } | undefined)?.startsAt
  const result = checkOutageWindow(startsAt, value)
  return result.ok ? true : result.message
}
