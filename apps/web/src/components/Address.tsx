import type { Location } from '@doorway/content/site'

/** A postal address, one line per part. */
export function Address({ address }: { address: Location['address'] }) {
  return (
    <address className="address">
      {address.street}
      <br />
      {address.city}, {address.region} {address.postalCode}
    </address>
  )
}
