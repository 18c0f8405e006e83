import { directionsUrl, type Location } from '@doorway/content/site'

/** Directions on the map service's own site, from the address alone (no embedded map, no script). */
export function DirectionsLink({ location }: { location: Location }) {
  return (
    <a href={directionsUrl(location.address)} rel="noopener noreferrer">
      Directions to {location.name} (Google Maps)
    </a>
  )
}
