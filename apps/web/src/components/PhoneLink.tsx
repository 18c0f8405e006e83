import type { Phone } from '@doorway/content/site'

/** A tap-to-call link whose text says whom it calls and shows the number written out. */
export function PhoneLink({
  phone,
  who,
  className,
}: {
  phone: Phone
  who: string
  className?: string
}) {
  return (
    <a href={phone.href} className={className ?? 'phone-link'}>
      {/* One inline box, so a flex "button" style cannot swallow the space after the colon. */}
      <span>
        Call {who}: <span className="nowrap">{phone.display}</span>
      </span>
    </a>
  )
}
