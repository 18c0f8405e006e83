import { locationPath, type Location } from '@doorway/content/site'
import Link from 'next/link'
import { Address } from './Address'
import { DirectionsLink } from './DirectionsLink'
import { OpeningHoursTable } from './OpeningHoursTable'
import { PhoneLink } from './PhoneLink'

/** A location on the home page: address, directions, phone, hours and a link to its own page. */
export function LocationSummary({ location, now }: { location: Location; now: Date }) {
  return (
    <article className="card" aria-labelledby={`location-${location.slug}`}>
      <h3 id={`location-${location.slug}`}>{location.name}</h3>
      <Address address={location.address} />
      <p>
        <DirectionsLink location={location} />
      </p>
      <p>
        <PhoneLink phone={location.phone} who={location.name} />
      </p>
      <NewPatients accepting={location.acceptingNewPatients} />
      <OpeningHoursTable location={location} now={now} />
      <p>
        <Link href={locationPath(location.slug)}>More about {location.name}</Link>
      </p>
    </article>
  )
}

/** Whether the location takes new patients; says nothing when the clinic has not said. */
export function NewPatients({ accepting }: { accepting: boolean | null }) {
  if (accepting === null) return null
  return <p>{accepting ? 'Accepting new patients.' : 'Not accepting new patients right now.'}</p>
}
