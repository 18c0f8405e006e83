import {
  locationPath,
  specialHoursToShow,
  type Location,
  type SiteContent,
  type TimeRange,
} from '@doorway/content/site'
import { pagePath } from './page-meta'
import type { HelpQuestion } from './portal-help'

/** The schema.org `@id` of a location, stable across pages. */
export function locationId(siteUrl: string, location: Location): string {
  return `${siteUrl}${locationPath(location.slug)}#clinic`
}

/** One `OpeningHoursSpecification` per range; closed all day is one `00:00`–`00:00`, as schema.org asks. */
function specifications<Extra extends Record<string, string>>(
  ranges: readonly TimeRange[],
  extra: Extra,
) {
  const opening = ranges.length === 0 ? [{ opens: '00:00', closes: '00:00' }] : ranges
  return opening.map(({ opens, closes }) => ({
    '@type': 'OpeningHoursSpecification',
    ...extra,
    opens,
    closes,
  }))
}

/**
 * schema.org `MedicalClinic` for one location: the usual week, and the special hours the page
 * shows at `now` (`specialOpeningHoursSpecification`, with `validFrom` and `validThrough`).
 */
export function medicalClinicJsonLd(
  content: SiteContent,
  location: Location,
  siteUrl: string,
  now: Date,
) {
  const special = specialHoursToShow(location, now)
  return {
    '@type': 'MedicalClinic',
    '@id': locationId(siteUrl, location),
    name: `${content.clinic.name}, ${location.name}`,
    // The page in this edition's language; the `@id` above is the same clinic in every language.
    url: `${siteUrl}${pagePath({ page: 'location', slug: location.slug }, content.language)}`,
    telephone: location.phone.href.replace(/^tel:/, ''),
    medicalSpecialty: content.clinic.medicalSpecialty,
    ...(location.acceptingNewPatients === null
      ? {}
      : { isAcceptingNewPatients: location.acceptingNewPatients }),
    address: {
      '@type': 'PostalAddress',
      streetAddress: location.address.street,
      addressLocality: location.address.city,
      addressRegion: location.address.region,
      postalCode: location.address.postalCode,
      addressCountry: location.address.country,
    },
    openingHoursSpecification: location.openingHours.flatMap((day) =>
      specifications(day.ranges, { dayOfWeek: `https://schema.org/${day.day}` }),
    ),
    ...(special.length === 0
      ? {}
      : {
          specialOpeningHoursSpecification: special.flatMap((entry) =>
            specifications(entry.ranges, {
              validFrom: entry.firstDay,
              validThrough: entry.lastDay,
            }),
          ),
        }),
  }
}

/** A JSON-LD document serialised so that it cannot close its `<script>` element. */
function scriptContent(doc: Record<string, unknown>): string {
  // `<` as \u003c: a `</script>` inside content can never end the data block early.
  return JSON.stringify({ '@context': 'https://schema.org', ...doc }).replace(/</g, '\\u003c')
}

/** A JSON-LD document for some locations, serialised so it cannot close its `<script>` element. */
export function jsonLdScriptContent(
  content: SiteContent,
  locations: Location[],
  siteUrl: string,
  now: Date,
): string {
  return scriptContent({
    '@graph': locations.map((location) => medicalClinicJsonLd(content, location, siteUrl, now)),
  })
}

/** schema.org `FAQPage` for the portal questions page: each Question with its acceptedAnswer. */
export function faqPageScriptContent(questions: readonly HelpQuestion[]): string {
  return scriptContent({
    '@type': 'FAQPage',
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  })
}
