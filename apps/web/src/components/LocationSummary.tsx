import Link from 'next/link'
import { pagePath } from '@/lib/page-meta'
import { messagesFor } from '@/messages'
import { Address } from './Address'
import { DirectionsLink } from './DirectionsLink'
import { OpeningHoursTable, type LocationViewProps } from './OpeningHoursTable'
import { PhoneLink } from './PhoneLink'

/** A location on the home page: address, directions, phone, hours and a link to its own page. */
export function LocationSummary({ location, now, language }: LocationViewProps) {
  const m = messagesFor(language)
  return (
    <article className="card" aria-labelledby={`location-${location.slug}`}>
      <h3 id={`location-${location.slug}`}>{location.name}</h3>
      <Address address={location.address} />
      <p>
        <DirectionsLink location={location} language={language} />
      </p>
      <p>
        <PhoneLink phone={location.phone} label={m.common.call(location.name)} />
      </p>
      <NewPatients accepting={location.acceptingNewPatients} language={language} />
      <OpeningHoursTable location={location} now={now} language={language} />
      <p>
        <Link href={pagePath({ page: 'location', slug: location.slug }, language)}>
          {m.location.moreAbout(location.name)}
        </Link>
      </p>
    </article>
  )
}

/** Whether the location takes new patients; says nothing when the clinic has not said. */
export function NewPatients({
  accepting,
  language,
}: {
  accepting: boolean | null
  language: string
}) {
  if (accepting === null) return null
  const m = messagesFor(language)
  return <p>{accepting ? m.location.accepting : m.location.notAccepting}</p>
}
