import type { Phone } from '@doorway/content/site'

/** A tap-to-call link whose text says whom it calls and shows the number written out. */
export function PhoneLink({
  phone,
  label,
  className,
}: {
  phone: Phone
  /** Whom it calls, in the page's words: `messages.common.call(name)` ("Call Front desk"). */
  label: string
  className?: string
}) {
  return (
    <a href={phone.href} className={className ?? 'phone-link'}>
      {/* One inline box, so a flex "button" style cannot swallow the space after the colon. */}
      <span>
        {label}: <span className="nowrap">{phone.display}</span>
      </span>
    </a>
  )
}
