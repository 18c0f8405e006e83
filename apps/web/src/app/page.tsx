import type { Metadata } from 'next'
import { JsonLd } from '@/components/JsonLd'
import { LocationSummary } from '@/components/LocationSummary'
import { PhoneLink } from '@/components/PhoneLink'
import { PortalCard } from '@/components/PortalCard'
import { webEnv } from '@/lib/env'
import { jsonLdScriptContent } from '@/lib/jsonld'
import { getPageContent } from '@/lib/site'

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const content = await getPageContent()
  // Draft Mode with problems: the layout shows them instead.
  if (content === null) return null
  const { clinic, locations, portal } = content
  return (
    <>
      <h1>{clinic.name}</h1>
      <p className="lead">
        {clinic.medicalSpecialty} care at{' '}
        {locations.length === 1 ? 'our clinic' : `${locations.length} locations`}.{' '}
        <PhoneLink phone={clinic.mainPhone} who="us" />
      </p>
      <PortalCard portal={portal} now={new Date()} timeZone={locations[0]?.timeZone ?? 'UTC'} />
      <section aria-labelledby="locations-heading" id="locations">
        <h2 id="locations-heading">{locations.length === 1 ? 'Our location' : 'Our locations'}</h2>
        <div className="card-grid">
          {locations.map((location) => (
            <LocationSummary key={location.id} location={location} />
          ))}
        </div>
      </section>
      <JsonLd json={jsonLdScriptContent(content, locations, webEnv().siteUrl)} />
    </>
  )
}
