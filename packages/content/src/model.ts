import { z } from 'zod'
import { LOGO_ALT_MISSING } from './brand'

/**
 * The content model: the Sanity documents the site reads, as zod schemas. The Studio schema in
 * `studio/` mirrors these field for field (a lockstep test keeps them together), and `check`
 * turns documents that pass them into `SiteContent` for the pages.
 *
 * Field names are the ones stored in Sanity. Optional fields are `.optional()`; everything else
 * is required in the Studio too.
 */

/** The document types the site reads: the one list that every other list of them derives from. */
export const DOCUMENT_TYPES = ['clinic', 'portalVendor', 'supportContact', 'location'] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const isDocumentType = (value: unknown): value is DocumentType =>
  (DOCUMENT_TYPES as readonly unknown[]).includes(value)

/** What each document type is called in messages for people (`supportContact` is a "support contact"). */
export const DOCUMENT_TYPE_NAMES: Readonly<
  Record<DocumentType, { readonly one: string; readonly many: string }>
> = {
  clinic: { one: 'clinic', many: 'clinics' },
  portalVendor: { one: 'portal vendor', many: 'portal vendors' },
  supportContact: { one: 'support contact', many: 'support contacts' },
  location: { one: 'location', many: 'locations' },
}

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const APP_STORES = ['apple', 'google'] as const
export type AppStore = (typeof APP_STORES)[number]

/**
 * Where the printed sign-up sheet's QR code (and the address printed under it) goes, each with
 * the words the Studio offers it in. Unset: the sign-up address when there is one, else sign-in.
 */
export const HANDOUT_LINK_TITLES = {
  'sign-up': 'The first-time sign-up address (best for new patients)',
  'sign-in': 'The sign-in address',
} as const satisfies Record<string, string>
export type HandoutLink = keyof typeof HANDOUT_LINK_TITLES
export const HANDOUT_LINKS = Object.keys(HANDOUT_LINK_TITLES) as [HandoutLink, ...HandoutLink[]]

/** The longest note the office manager may add to the printed sheet: two short lines of large type. */
export const HANDOUT_NOTE_MAX_LENGTH = 120

/** A field's name as messages start it ("The portal explanation"), inside a sentence: "the portal explanation". */
export function fieldNameInSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/**
 * A short plain text on one line, at most `max` characters (`tooLong` says why); `what` names it
 * in messages ("The note for the printed sheet").
 */
function oneLine(what: string, max: number, tooLong: string) {
  const keep = fieldNameInSentence(what)
  return z
    .string({ error: `${what} should be plain text. Type it again.` })
    .trim()
    .max(max, { error: `Keep ${keep} to ${max} characters or fewer${tooLong}. Shorten it.` })
    .regex(/^[^\r\n]*$/, { error: `Keep ${keep} on one line: remove the line break.` })
}

/** The office manager's own line on the printed sheet: short, one line, plain text. */
export const handoutNote = oneLine(
  'The note for the printed sheet',
  HANDOUT_NOTE_MAX_LENGTH,
  ', so the sheet stays one page',
)

/**
 * schema.org's MedicalSpecialty values (the page's structured data names the clinic's one), each
 * with its plain name as the Studio lists it; the stored value is schema.org's own.
 */
export const MEDICAL_SPECIALTY_TITLES = {
  Anesthesia: 'Anesthesia',
  Cardiovascular: 'Heart care (Cardiovascular)',
  CommunityHealth: 'Community health',
  Dentistry: 'Dentistry',
  DermatologicSurgery: 'Skin surgery (Dermatologic surgery)',
  Dermatology: 'Skin care (Dermatology)',
  DietNutrition: 'Diet and nutrition',
  Emergency: 'Emergency care',
  Endocrine: 'Hormones and diabetes (Endocrine)',
  Gastroenterologic: 'Stomach and bowel (Gastroenterologic)',
  Genetic: 'Genetics',
  Geriatric: 'Older adults (Geriatric)',
  Gynecologic: 'Women’s health (Gynecologic)',
  Hematologic: 'Blood disorders (Hematologic)',
  Infectious: 'Infectious diseases',
  LaboratoryScience: 'Laboratory',
  Midwifery: 'Midwifery',
  Musculoskeletal: 'Bones, joints and muscles (Musculoskeletal)',
  Neurologic: 'Brain and nerves (Neurologic)',
  Nursing: 'Nursing',
  Obstetric: 'Pregnancy and birth (Obstetric)',
  Oncologic: 'Cancer care (Oncologic)',
  Optometric: 'Eye care (Optometric)',
  Otolaryngologic: 'Ear, nose and throat (Otolaryngologic)',
  Pathology: 'Pathology',
  Pediatric: 'Children’s care (Pediatric)',
  PharmacySpecialty: 'Pharmacy',
  Physiotherapy: 'Physical therapy (Physiotherapy)',
  PlasticSurgery: 'Plastic surgery',
  Podiatric: 'Foot care (Podiatric)',
  PrimaryCare: 'Primary care (family doctors)',
  Psychiatric: 'Mental health (Psychiatric)',
  PublicHealth: 'Public health',
  Pulmonary: 'Lungs and breathing (Pulmonary)',
  Radiography: 'X-ray and imaging (Radiography)',
  Renal: 'Kidney care (Renal)',
  RespiratoryTherapy: 'Respiratory therapy',
  Rheumatologic: 'Arthritis and joints (Rheumatologic)',
  SpeechPathology: 'Speech therapy',
  Surgical: 'Surgery',
  Toxicologic: 'Poisoning (Toxicologic)',
  Urologic: 'Bladder and kidneys (Urologic)',
} as const satisfies Record<string, string>
export type MedicalSpecialty = keyof typeof MEDICAL_SPECIALTY_TITLES
export const MEDICAL_SPECIALTIES = Object.keys(MEDICAL_SPECIALTY_TITLES) as [
  MedicalSpecialty,
  ...MedicalSpecialty[],
]

/** The specialty as patients read it on the site: its plain name without the term in brackets ("Children’s care"). */
export function medicalSpecialtyName(specialty: MedicalSpecialty): string {
  return MEDICAL_SPECIALTY_TITLES[specialty].replace(/\s*\([^)]*\)$/, '')
}

const text = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} is missing.`
          : `${what} should be plain text. Type it again.`,
    })
    .trim()
    .min(1, { error: `${what} is empty.` })

/**
 * A translated field: what it is called in messages for people ("The portal explanation"), and
 * whether a language may leave it empty to use the English value (an address: a vendor's help
 * page in Spanish, where it has one). Every other translated text is required in each live
 * language wherever English has it.
 */
export interface LocalizedField {
  name: string
  fallback?: boolean
}

/** The model's translated fields: see `translations.ts` for how they are stored and read. */
export const LOCALIZED = z.registry<LocalizedField>()

/**
 * Marks `schema` (a value in one language) as translated: stored as one value per language
 * (sanity-plugin-internationalized-array), checked by `schema` in each language.
 */
export function localized<T extends z.ZodType>(schema: T, field: LocalizedField): T {
  LOCALIZED.add(schema, field)
  return schema
}

/** A required text, translated. */
const localText = (what: string) => localized(text(what), { name: what })

/** 24-hour clock time, `HH:MM`. */
export const clockTime = z
  .string({ error: 'Time is missing.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'Write the time as 24-hour HH:MM, for example 08:30 or 17:00.',
  })

/** A Sanity reference. */
const reference = z.object({
  _type: z.literal('reference').optional(),
  _ref: text('The link to another document'),
  _weak: z.boolean().optional(),
})

const MISSING_KEY =
  'This list item has no key, which happens when it was added outside the Studio. Remove it and add it again in the Studio.'
const arrayItem = {
  _key: z.string({ error: MISSING_KEY }).trim().min(1, { error: MISSING_KEY }),
}

/** One row of the "Having trouble?" list: a problem, what to do, whom to call. */
const triageItem = z.object({
  ...arrayItem,
  problem: localText('The problem'),
  whatToDo: localText('The "what to do" text'),
  contact: reference,
})

const appLink = z.object({
  ...arrayItem,
  store: z.enum(APP_STORES, { error: 'Choose the App Store (apple) or Google Play (google).' }),
  url: text('The app store address'),
})

const helpLink = z.object({
  ...arrayItem,
  label: localText('The link text'),
  // The vendor's page in a language, where it has one; else the English page.
  url: localized(text('The help page address'), { name: 'The help page address', fallback: true }),
})

const outageNotice = z.object({
  message: localText('The notice text'),
  startsAt: z.iso.datetime({ offset: true, error: 'Choose the date and time the notice starts.' }),
  endsAt: z.iso.datetime({ offset: true, error: 'Choose the date and time the notice ends.' }),
})

const familyAccess = z.object({
  summary: localText('The family access summary'),
  parentViewChangesAtAge: z
    .number({ error: 'Type the age, as a number, at which a parent’s view changes.' })
    .int({ error: 'Type a whole number of years.' })
    .min(0, { error: 'Type an age from 0 to 21.' })
    .max(21, { error: 'Type an age from 0 to 21.' }),
  afterThatAge: localText('The text on what changes at that age'),
  requestUrl: z.string().optional(),
})

/**
 * "Which portal is mine?": another portal some of the clinic's patients use (a hospital system's
 * MyChart, say), with its own vendor, so its sign-in address is checked against that vendor.
 */
const otherPortal = z.object({
  ...arrayItem,
  name: text('The other portal’s name'),
  vendor: reference,
  signInUrl: text('The other portal’s sign-in address'),
  useThisIf: localText('The "use this one if" text'),
})

/** The longest "What you need" line: one line of the help page. */
export const WHAT_YOU_NEED_MAX_LENGTH = 160

/** What patients need to use the portal (supported browsers, the app's phone version): one short line. */
export const whatYouNeed = oneLine(
  'What patients need',
  WHAT_YOU_NEED_MAX_LENGTH,
  ': one line',
).min(1, { error: 'What patients need is empty. Type it, or remove the field.' })

/** The portal questions parents ask the front desk (`/portal/help`); each topic is optional. */
const helpTopics = z.object({
  /** How soon messages are answered ("within 2 business days"); the page adds: not for emergencies. */
  messages: z
    .object({
      replyTime: localText('How soon you answer messages'),
    })
    .optional(),
  /** That results may show before the doctor has seen them, and whom to call about one. */
  testResults: z
    .object({
      whatToExpect: localText('The text on test results'),
      contact: reference,
    })
    .optional(),
  /** The vendor's reset page (a portal link) and whom to call when it fails. */
  passwordReset: z
    .object({
      resetUrl: text('The password reset address'),
      contact: reference,
    })
    .optional(),
  /** The billing office (phone and hours) and the online bill-pay page, if any. */
  bills: z
    .object({
      contact: reference,
      payOnlineUrl: z.string().optional(),
      payOnlineVendor: reference.optional(),
    })
    .optional(),
  /** How to ask for a copy of a record, the form (any https page), the usual time. */
  records: z
    .object({
      howToAsk: localText('The text on how to ask for records'),
      formUrl: z.string().optional(),
      usualTime: localText('How long records usually take'),
      contact: reference.optional(),
    })
    .optional(),
  whatYouNeed: localized(whatYouNeed, { name: 'What patients need' }).optional(),
})

const portalSettings = z.object({
  vendor: reference,
  displayName: z.string().optional(),
  explanation: localText('The portal explanation'),
  // Objects, not texts: a list item cannot itself be a list of translations in Sanity.
  features: z
    .array(z.object({ ...arrayItem, text: localText('A feature') }), {
      error: 'List what patients can do in the portal.',
    })
    .min(1, {
      error: 'List at least one thing patients can do in the portal.',
    }),
  signInUrl: text('The sign-in address'),
  signUpUrl: z.string().optional(),
  signUpInstructions: localText('The sign-up instructions'),
  familyAccess,
  appLinks: z.array(appLink).optional(),
  helpLinks: z.array(helpLink).optional(),
  outageNotice: outageNotice.optional(),
  handoutQrLink: z
    .enum(HANDOUT_LINKS, {
      error: 'Choose where the QR code on the printed sheet goes: sign-up or sign-in.',
    })
    .optional(),
  handoutNote: localized(handoutNote, { name: 'The note for the printed sheet' }).optional(),
  triage: z
    .array(triageItem)
    .min(1, { error: 'Add at least one problem to the "Having trouble?" list.' }),
  useThisIf: localized(z.string(), { name: 'The "use this portal if" text' }).optional(),
  otherPortals: z.array(otherPortal).optional(),
  helpTopics: helpTopics.optional(),
})

/** A language of the site besides English: edited in the Studio, published once `live`. */
const siteLanguage = z.object({
  ...arrayItem,
  language: text('The language code'),
  live: z.boolean().optional(),
})

/** One language on the language-assistance page; no text means the ready-made tagline. */
const tagline = z.object({
  ...arrayItem,
  language: text('The language code'),
  text: z.string().optional(),
})

/** The Section 1557 notices (45 CFR 92.10, 92.11): the coordinator and the taglines. */
const languageAssistance = z.object({
  coordinatorName: localized(z.string(), { name: 'The coordinator’s name' }).optional(),
  coordinatorPhone: z.string().optional(),
  coordinatorEmail: z.string().optional(),
  taglines: z.array(tagline).optional(),
})

/** The accessibility statement's contact and review date (the page's fixed text is the site's). */
const accessibility = z.object({
  contactName: localized(z.string(), { name: 'The contact’s name' }).optional(),
  contactPhone: z.string().optional(),
  contactEmail: z.string().optional(),
  lastReviewed: z.iso
    .date({ error: 'Choose the date the website was last checked for accessibility.' })
    .optional(),
})

/**
 * The clinic's look (optional): a logo with its description, and one or two brand colours (hex
 * codes; `checkBrandColor` decides). Nothing set is the site's own look.
 */
const brand = z.object({
  logo: z
    .object({
      asset: z.object(
        { _ref: text('The logo image') },
        { error: 'The logo image is missing. Upload the logo again, or remove it.' },
      ),
      alt: z.string({ error: LOGO_ALT_MISSING }).trim().min(1, { error: LOGO_ALT_MISSING }),
    })
    .optional(),
  mainColor: z.string().optional(),
  secondColor: z.string().optional(),
})

const documentBase = {
  _id: text('The document id'),
  _rev: z.string().optional(),
  _createdAt: z.string().optional(),
  _updatedAt: z.string().optional(),
}

export const clinicDocument = z.object({
  ...documentBase,
  _type: z.literal('clinic'),
  name: text('The clinic name'),
  websiteHosts: z
    .array(text('A website address'))
    .min(1, { error: 'List your website address, for example maplegrovepediatrics.org.' }),
  mainPhone: text('The main phone number'),
  emergencyMessage: localText('The emergency message'),
  adviceLine: reference.optional(),
  medicalSpecialty: z.enum(MEDICAL_SPECIALTIES, {
    error: 'Choose your medical specialty from the list, for example Pediatric.',
  }),
  languageHelp: localized(z.string(), { name: 'The language help line' }).optional(),
  /** The languages besides English, each edited in the Studio; only `live` ones are published. */
  siteLanguages: z.array(siteLanguage).optional(),
  languageAssistance: languageAssistance.optional(),
  accessibility: accessibility.optional(),
  brand: brand.optional(),
  portal: portalSettings,
})

export const portalVendorDocument = z.object({
  ...documentBase,
  _type: z.literal('portalVendor'),
  name: text('The vendor name'),
  productName: text('The portal product name'),
  portalDomains: z.array(text('A portal domain')).min(1, {
    error: 'List the web address where the portal lives, for example mychart.yourclinic.org.',
  }),
})

export const supportContactDocument = z.object({
  ...documentBase,
  _type: z.literal('supportContact'),
  name: localText('The name or role'),
  phone: text('The phone number'),
  hours: localText('The hours'),
})

const openingHours = z.object({
  ...arrayItem,
  day: z.enum(WEEKDAYS, { error: 'Choose a day of the week.' }),
  closed: z.boolean().optional(),
  opens: clockTime.optional(),
  closes: clockTime.optional(),
})

/** One opening range of special hours. */
const timeRange = z.object({
  ...arrayItem,
  opens: clockTime,
  closes: clockTime,
})

/** Dated hours that replace the usual week: a holiday, a closure, a short day. */
const specialHours = z.object({
  ...arrayItem,
  reason: localText('The reason'),
  firstDay: z.iso.date({ error: 'Choose the first day from the calendar.' }),
  lastDay: z.iso
    .date({ error: 'Choose the last day from the calendar, or leave it empty for one day.' })
    .optional(),
  closed: z.boolean().optional(),
  hours: z.array(timeRange).optional(),
})

const postalAddress = z.object({
  street: text('The street address'),
  city: text('The town or city'),
  region: text('The state'),
  postalCode: text('The ZIP code'),
  country: z.string().optional(),
})

export const locationDocument = z.object({
  ...documentBase,
  _type: z.literal('location'),
  name: localText('The location name'),
  slug: z.object(
    { current: text('The web address name (slug)') },
    { error: 'The web address name (slug) is missing. Click "Generate" next to it.' },
  ),
  address: postalAddress,
  phone: text('The phone number'),
  timeZone: text('The time zone'),
  openingHours: z.array(openingHours).min(1, { error: 'Add the opening hours for each day.' }),
  specialHours: z.array(specialHours).optional(),
  acceptingNewPatients: z.boolean().optional(),
})

export type ClinicDocument = z.infer<typeof clinicDocument>

/** zod schema for each document type, keyed by `_type`. */
export const documentSchemas = {
  clinic: clinicDocument,
  portalVendor: portalVendorDocument,
  supportContact: supportContactDocument,
  location: locationDocument,
} as const satisfies Record<DocumentType, z.ZodType>
