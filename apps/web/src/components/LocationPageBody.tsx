import type { Location, SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { jsonLdScriptContent } from '@/lib/jsonld'
import { Address } from './Address'
import { JsonLd } from './JsonLd'
import { NewPatients } from './LocationSummary'
import { OpeningHoursTable } from './OpeningHoursTable'
import { PhoneLink } from './PhoneLink'

interface LocationPageBodyProps {
  content: SiteContent
  location: Location
  /** The site's origin, for JSON-LD ids. */
  siteUrl: string
}

/** One location's page: address, phone, new patients, hours, the portal, and its JSON-LD. */
export function LocationPageBody({ content, location, siteUrl }: LocationPageBodyProps) {
  return (
    <>
      <h1>{location.name}</h1>
      <Address address={location.address} />
      <p>
        <PhoneLink phone={location.phone} who={location.name} className="button-secondary" />
      </p>
      <NewPatients accepting={location.acceptingNewPatients} />
      <OpeningHoursTable location={location} />
      <p>
        <Link href="/portal">Send a message or see test results in {content.portal.name}</Link>
      </p>
      <JsonLd json={jsonLdScriptContent(content, [location], siteUrl)} />
    </>
  )
}
