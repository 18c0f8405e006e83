import type { SiteContent } from '@doorway/content/site'
import { medicalSpecialtyName } from '@doorway/content/model'
import { jsonLdScriptContent } from '@/lib/jsonld'
import { JsonLd } from './JsonLd'
import { LocationSummary } from './LocationSummary'
import { PhoneLink } from './PhoneLink'
import { PortalCard } from './PortalCard'

interface HomePageBodyProps {
  content: SiteContent
  /** The render time, for the outage notice. */
  now: Date
  /** The site's origin, for JSON-LD ids. */
  siteUrl: string
}

/** The home page: the clinic, the portal card, and every location (worded for one or several). */
export function HomePageBody({ content, now, siteUrl }: HomePageBodyProps) {
  const { clinic, locations, portal } = content
  const single = locations.length === 1
  return (
    <>
      <h1>{clinic.name}</h1>
      <p className="lead">
        {medicalSpecialtyName(clinic.medicalSpecialty)} at{' '}
        {single ? 'our clinic' : `${locations.length} locations`}.{' '}
        <PhoneLink phone={clinic.mainPhone} who="us" />
      </p>
      <PortalCard portal={portal} now={now} timeZone={locations[0]?.timeZone ?? 'UTC'} />
      <section aria-labelledby="locations-heading" id="locations">
        <h2 id="locations-heading">{single ? 'Our location' : 'Our locations'}</h2>
        <div className="card-grid">
          {locations.map((location) => (
            <LocationSummary key={location.id} location={location} now={now} />
          ))}
        </div>
      </section>
      <JsonLd json={jsonLdScriptContent(content, locations, siteUrl, now)} />
    </>
  )
}
