import type { Location, SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { pagePath } from '@/lib/page-meta'
import { jsonLdScriptContent } from '@/lib/jsonld'
import { messagesFor } from '@/messages'
import { Address } from './Address'
import { DirectionsLink } from './DirectionsLink'
import { JsonLd } from './JsonLd'
import { NewPatients } from './LocationSummary'
import { OpeningHoursTable } from './OpeningHoursTable'
import { PhoneLink } from './PhoneLink'

interface LocationPageBodyProps {
  content: SiteContent
  location: Location
  /** The render time: special hours show while they apply and for a week before. */
  now: Date
  /** The site's origin, for JSON-LD ids. */
  siteUrl: string
}

/** One location's page: address, directions, phone, new patients, hours, the portal, and its JSON-LD. */
export function LocationPageBody({ content, location, now, siteUrl }: LocationPageBodyProps) {
  const { language } = content
  const m = messagesFor(language)
  return (
    <>
      <h1>{location.name}</h1>
      <Address address={location.address} />
      <p>
        <DirectionsLink location={location} language={language} />
      </p>
      <p>
        <PhoneLink
          phone={location.phone}
          label={m.common.call(location.name)}
          className="button-secondary"
        />
      </p>
      <NewPatients accepting={location.acceptingNewPatients} language={language} />
      <OpeningHoursTable location={location} now={now} language={language} />
      <p>
        <Link href={pagePath({ page: 'portal' }, content.language)}>
          {m.location.portalLink(content.portal.name)}
        </Link>
      </p>
      <JsonLd json={jsonLdScriptContent(content, [location], siteUrl, now)} />
    </>
  )
}
