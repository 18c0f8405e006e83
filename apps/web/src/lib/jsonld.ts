import { locationPath, type Location, type SiteContent } from '@doorway/content/site'

/** The schema.org `@id` of a location, stable across pages. */
export function locationId(siteUrl: string, location: Location): string {
  return `${siteUrl}${locationPath(location.slug)}#clinic`
}

/** schema.org `MedicalClinic` for one location. Closed days are `00:00`–`00:00`, as schema.org asks. */
export function medicalClinicJsonLd(content: SiteContent, location: Location, siteUrl: string) {
  return {
    '@type': 'MedicalClinic',
    '@id': locationId(siteUrl, location),
    name: `${content.clinic.name}, ${location.name}`,
    url: `${siteUrl}${locationPath(location.slug)}`,
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
    openingHoursSpecification: location.openingHours.map((day) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${day.day}`,
      opens: day.opens ?? '00:00',
      closes: day.closes ?? '00:00',
    })),
  }
}

/** A JSON-LD document for some locations, serialised so it cannot close its `<script>` element. */
export function jsonLdScriptContent(
  content: SiteContent,
  locations: Location[],
  siteUrl: string,
): string {
  const doc = {
    '@context': 'https://schema.org',
    '@graph': locations.map((location) => medicalClinicJsonLd(content, location, siteUrl)),
  }
  // `<` as \u003c: a `</script>` inside content can never end the data block early.
  return JSON.stringify(doc).replace(/</g, '\\u003c')
}
