import { directionsUrl, type Location } from '@doorway/content/site'
import { messagesFor } from '@/messages'

/** Directions on the map service's own site, from the address alone (no embedded map, no script). */
export function DirectionsLink({ location, language }: { location: Location; language: string }) {
  return (
    <a href={directionsUrl(location.address)} rel="noopener noreferrer">
      {messagesFor(language).location.directions(location.name)}
    </a>
  )
}
