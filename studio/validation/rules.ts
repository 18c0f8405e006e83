import { clockTime } from '@doorway/content/model'
import {
  checkBrandColor,
  checkLogoAsset,
  type BrandColorField,
  checkAppStoreUrl,
  checkEachLanguageOnce,
  checkEmail,
  checkHandoutLink,
  checkLanguageTag,
  checkOutageWindow,
  checkSlug,
  checkWebsiteHost,
  checkOpeningHours,
  checkPhone,
  checkSiteLanguage,
  checkTimeZone,
  checkTagline,
  checkWebPageLink,
  type RuleResult,
} from '@doorway/content/rules'
import { APP_STORES, handoutNote, whatYouNeed, type AppStore } from '@doorway/content/model'
import { readingLevelWarning } from '@doorway/content/reading-level'
import type { CustomValidator } from 'sanity'

// Sanity adapters for the content package's field rules, so the Studio and `check` never disagree.
// Empty values pass each of these: required-ness is a separate rule with its own message.

/** A field rule of the content package as a Sanity validator (an empty value passes). */
function fromRule(rule: (value: unknown) => RuleResult<unknown>): CustomValidator<unknown> {
  return (value) => {
    if (value === undefined) return true
    const result = rule(value)
    return result.ok ? true : result.message
  }
}

/** A dialable phone number (US by default). */
export const phoneValidator = fromRule((value) => checkPhone(value))

/** An IANA time zone name such as America/Chicago. */
export const timeZoneValidator = fromRule(checkTimeZone)

/** One of the clinic's own website hosts, without https:// or a path. */
export const websiteHostValidator = fromRule(checkWebsiteHost)

/** An ordinary https web page that is not a portal link (the medical-records request form). */
export const webPageLinkValidator = fromRule(checkWebPageLink)

/** An email address. */
export const emailValidator = fromRule(checkEmail)

/**
 * A patient-facing text that reads above grade 8 (Flesch-Kincaid): a warning naming the grade and
 * the sentence to shorten. Use with `.warning()`: publishing stays possible.
 */
export const readingLevelValidator: CustomValidator<unknown> = (value) =>
  readingLevelWarning(value) ?? true

/** A BCP 47 language code such as es or zh-Hant. */
export const languageTagValidator = fromRule(checkLanguageTag)

/** A language of the site besides English (always on). */
export const siteLanguageValidator = fromRule(checkSiteLanguage)

/** A list of languages (taglines, site languages) that names each language once. */
export const languagesOnceValidator: CustomValidator<{ language?: unknown }[] | undefined> = (
  rows,
) => {
  const repeated = checkEachLanguageOnce((rows ?? []).map((row) => row.language))
  return repeated.values().next().value ?? true
}

/** A tagline, checked for the language chosen in the same row (empty: the ready-made one). */
export const taglineValidator: CustomValidator<string | undefined> = (value, context) => {
  const tag = checkLanguageTag((context.parent as { language?: unknown } | undefined)?.language)
  if (!tag.ok) return true // the language field says why
  const result = checkTagline(tag.value, value)
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

/**
 * An opening-hours row or a time range, checked as `check` checks it (a time for each open day,
 * closing after opening, none on a closed day): each problem shows at its time field.
 */
export const openingRowValidator: CustomValidator<
  { closed?: unknown; opens?: unknown; closes?: unknown } | undefined
> = (row) => {
  // A malformed time has its own message; comparing it would only add a confusing second one.
  if (row === undefined || clockTimeProblem(row.opens) || clockTimeProblem(row.closes)) return true
  const problems = checkOpeningHours(row).map(({ field, message }) => ({ message, path: [field] }))
  return problems.length > 0 ? problems : true
}

/** What a time field says when its value is not one of the list (only an import can do that). */
export const CHOOSE_TIME = 'Choose the time from the list, for example 8:30 am.'

/** An outage notice's end, which must come after its start (read from the same notice). */
export const outageEndValidator: CustomValidator<string | undefined> = (value, context) => {
  const startsAt = (context.parent as { startsAt?: unknown } | undefined)?.startsAt
  const result = checkOutageWindow(startsAt, value)
  return result.ok ? true : result.message
}

/** Where the printed sheet's QR code goes: sign-up only when there is a sign-up address (read from the same portal settings). */
export const handoutLinkValidator: CustomValidator<string | undefined> = (value, context) => {
  if (value === undefined) return true
  const signUpUrl = (context.parent as { signUpUrl?: unknown } | undefined)?.signUpUrl
  const result = checkHandoutLink(value, signUpUrl)
  return result.ok ? true : result.message
}

/** A text field checked by the content model's own zod schema (its messages), empty passing. */
function fromModel(
  schema: typeof handoutNote,
  fallback: string,
): CustomValidator<string | undefined> {
  return (value) => {
    if (value === undefined) return true
    const parsed = schema.safeParse(value)
    return parsed.success ? true : (parsed.error.issues[0]?.message ?? fallback)
  }
}

/** The office manager's note for the printed sheet, with the model's own length and one-line rule. */
export const handoutNoteValidator = fromModel(handoutNote, 'Shorten the note.')

/** "What you need" on the portal questions page: one short line, the model's own rule. */
export const whatYouNeedValidator = fromModel(whatYouNeed, 'Shorten it to one line.')

/**
 * A brand colour (`field` names it in the message): a hex code dark enough for white text on it
 * and for text in it on white; a refusal names the nearest darker shade that is.
 */
export function brandColorValidator(field: BrandColorField): CustomValidator<unknown> {
  return fromRule((value) => checkBrandColor(value, field))
}

/** The logo: an image was uploaded (not only its description), of a type the website shows. */
export const logoAssetValidator: CustomValidator<
  { asset?: { _ref?: unknown }; alt?: unknown } | undefined
> = (logo) => {
  if (logo === undefined) return true
  if (logo.asset?._ref === undefined) {
    return { message: 'Upload the logo, or remove its description.', path: ['asset'] }
  }
  const result = checkLogoAsset(logo.asset._ref)
  return result.ok ? true : { message: result.message, path: ['asset'] }
}
