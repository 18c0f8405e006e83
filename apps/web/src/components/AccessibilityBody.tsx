import type { SiteContent } from '@doorway/content/site'
import { formatDate } from '@/lib/format'
import { messagesFor } from '@/messages'
import { PhoneLink } from './PhoneLink'

/**
 * The accessibility statement: the standard, what it means for a visitor, that the portal is
 * the vendor's website, whom to tell about a barrier, and when the site was last checked.
 */
export function AccessibilityBody({ content }: { content: SiteContent }) {
  const { clinic, portal, language } = content
  const { contact, lastReviewed } = clinic.accessibility
  const m = messagesFor(language)
  const t = m.accessibility
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <section aria-labelledby="standard-heading">
        <h2 id="standard-heading">{t.standardHeading}</h2>
        <p>{t.aimsFor(t.standard)}</p>
        <ul>
          {t.examples.map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="portal-access-heading">
        <h2 id="portal-access-heading">{t.portalHeading}</h2>
        <p>{t.portalText(portal.name, portal.vendor.name)}</p>
      </section>
      <section aria-labelledby="tell-us-heading">
        <h2 id="tell-us-heading">{t.tellUsHeading}</h2>
        <p>{t.tellUs}</p>
        <ul>
          <li>
            {contact?.phone != null ? (
              <PhoneLink
                phone={contact.phone}
                label={contact.name === null ? m.common.callUs : m.common.call(contact.name)}
              />
            ) : (
              <PhoneLink phone={clinic.mainPhone} label={m.common.call(clinic.name)} />
            )}
          </li>
          {contact?.email != null ? (
            <li>
              {t.emailTo(contact.name)} <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          ) : null}
        </ul>
      </section>
      {lastReviewed !== null ? (
        <p className="small">
          {t.lastChecked(<time dateTime={lastReviewed}>{formatDate(lastReviewed, language)}</time>)}
        </p>
      ) : null}
    </>
  )
}
