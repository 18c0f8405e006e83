import { defineQuery } from 'groq'
import type { DocumentType } from './model'

/**
 * The Sanity API version the queries are written for, used by the site (unless
 * `SANITY_API_VERSION` says otherwise) and the Studio: a fixed date, so results never shift.
 */
export const DEFAULT_SANITY_API_VERSION = '2025-09-01'

/** The list of `SITE_QUERY`'s result that each document type comes back in. */
export const SITE_QUERY_LISTS = {
  clinic: 'clinics',
  portalVendor: 'vendors',
  supportContact: 'contacts',
  location: 'locations',
} as const satisfies Record<DocumentType, string>

/**
 * Every GROQ query the site runs. A build reads the whole site with `SITE_QUERY` alone: one
 * request, whatever the page count.
 *
 * Projections name every field so the result shape is explicit (and typegen can type it).
 * A translated field comes back whole, every language at once (no `$lang` parameter): `check`
 * makes one edition of the site per live language from the one result.
 * References stay as `{ _ref }`: `check` resolves them itself so it can name an unresolved one,
 * which a `->` dereference would silently turn into `null`. Clinics come back as a list so
 * `check` can say "no clinic" or "more than one clinic" instead of guessing.
 */
export const SITE_QUERY = defineQuery(`{
  "clinics": *[_type == "clinic"] | order(_id asc) {
    _id,
    _type,
    name,
    websiteHosts,
    mainPhone,
    emergencyMessage,
    adviceLine{ _ref },
    medicalSpecialty,
    languageHelp,
    siteLanguages[]{ _key, language, live },
    languageAssistance{
      coordinatorName,
      coordinatorPhone,
      coordinatorEmail,
      taglines[]{ _key, language, text }
    },
    accessibility{ contactName, contactPhone, contactEmail, lastReviewed },
    brand{ mainColor, secondColor, logo{ alt, asset{ _ref } } },
    portal{
      vendor{ _ref },
      displayName,
      explanation,
      features[]{ _key, text },
      signInUrl,
      signUpUrl,
      signUpInstructions,
      familyAccess{ summary, parentViewChangesAtAge, afterThatAge, requestUrl },
      appLinks[]{ _key, store, url },
      helpLinks[]{ _key, label, url },
      outageNotice{ message, startsAt, endsAt },
      handoutQrLink,
      handoutNote,
      triage[]{ _key, problem, whatToDo, contact{ _ref } },
      useThisIf,
      otherPortals[]{ _key, name, vendor{ _ref }, signInUrl, useThisIf },
      helpTopics{
        messages{ replyTime },
        testResults{ whatToExpect, contact{ _ref } },
        passwordReset{ resetUrl, contact{ _ref } },
        bills{ contact{ _ref }, payOnlineUrl, payOnlineVendor{ _ref } },
        records{ howToAsk, formUrl, usualTime, contact{ _ref } },
        whatYouNeed
      }
    }
  },
  "vendors": *[_type == "portalVendor"] | order(_id asc) {
    _id,
    _type,
    name,
    productName,
    portalDomains
  },
  "contacts": *[_type == "supportContact"] | order(_id asc) {
    _id,
    _type,
    name,
    phone,
    hours
  },
  "locations": *[_type == "location"] | order(_id asc) {
    _id,
    _type,
    name,
    slug{ current },
    address{ street, city, region, postalCode, country },
    phone,
    timeZone,
    openingHours[]{ _key, day, closed, opens, closes },
    specialHours[]{ _key, reason, firstDay, lastDay, closed, hours[]{ _key, opens, closes } },
    acceptingNewPatients
  }
}`)
