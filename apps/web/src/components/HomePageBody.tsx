import type { SiteContent } from '@doorway/content/site'
import { jsonLdScriptContent } from '@/lib/jsonld'
import { messagesFor } from '@/messages'
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
  const { clinic, locations, portal, language } = content
  const m = messagesFor(language)
  return (
    <>
      <h1>{clinic.name}</h1>
      <p className="lead">
        {m.home.lead(m.common.specialty(clinic.medicalSpecialty), locations.length)}{' '}
        <PhoneLink phone={clinic.mainPhone} label={m.common.callUs} />
      </p>
      <PortalCard
        portal={portal}
        now={now}
        timeZone={locations[0]?.timeZone ?? 'UTC'}
        language={language}
      />
      <section aria-labelledby="locations-heading" id="locations">
        <h2 id="locations-heading">{m.home.locationsHeading(locations.length)}</h2>
        <div className="card-grid">
          {locations.map((location) => (
            <LocationSummary key={location.id} location={location} now={now} language={language} />
          ))}
        </div>
      </section>
      <JsonLd json={jsonLdScriptContent(content, locations, siteUrl, now)} />
    </>
  )
}
