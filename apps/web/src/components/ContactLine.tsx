import type { SupportContact } from '@doorway/content/site'
import { messagesFor } from '@/messages'
import { PhoneLink } from './PhoneLink'

/** Whom to call: a tap-to-call link naming the contact, with its hours under it. */
export function ContactLine({
  contact,
  language,
  lead,
  className,
}: {
  contact: SupportContact
  /** The page's language (`content.language`). */
  language: string
  /** Words before the link, for example "Questions about a bill?". */
  lead?: string
  className?: string
}) {
  return (
    <p className={className}>
      {lead === undefined ? null : <>{lead} </>}
      <PhoneLink phone={contact.phone} label={messagesFor(language).common.call(contact.name)} />
      <br />
      <span className="small">{contact.hours}</span>
    </p>
  )
}
