import type { SiteContent, SupportContact } from '@doorway/content/site'
import { pagePath } from '@/lib/page-meta'
import { messagesFor } from '@/messages'
import { PhoneLink } from './PhoneLink'
import { PortalLink } from './PortalLink'

/** At most this many people to call on the sheet (the first ones the "Having trouble?" list names). */
export const HANDOUT_MAX_CONTACTS = 4

interface HandoutBodyProps {
  content: SiteContent
  /** The QR code of `content.portal.handout.href`, as `lib/qr-code.ts` made and checked it. */
  qrSvg: string
  /** The site's origin, to print where more help is. */
  siteUrl: string
}

/** The people to call about the portal: those the "Having trouble?" list names, in its order. */
export function handoutContacts(content: SiteContent): SupportContact[] {
  const named = new Set(content.portal.triage.map((item) => item.contact.id))
  return content.contacts.filter((contact) => named.has(contact.id)).slice(0, HANDOUT_MAX_CONTACTS)
}

/**
 * The address as people type it, without `https://` (browsers add it), with a line-break
 * opportunity after each slash so a long vendor address wraps between its parts.
 */
function PrintedAddress({ href }: { href: string }) {
  const parts = href.replace(/^https:\/\//, '').split('/')
  return parts.map((part, i) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </span>
  ))
}

/**
 * The front desk's one-page "How to sign up" sheet: the clinic, the office manager's note, the
 * way in (a QR code and the same address in large type), the steps, the app, and whom to call.
 * On screen it says how to print it; printed (`@media print` in globals.css) it is black on
 * white, without the site's header, footer or that hint, on one page of Letter or A4.
 */
export function HandoutBody({ content, qrSvg, siteUrl }: HandoutBodyProps) {
  const { clinic, portal } = content
  const { handout } = portal
  const m = messagesFor(content.language)
  const t = m.handout
  const site = new URL(siteUrl).host
  const apps = portal.appLinks
  return (
    <article className="handout" aria-labelledby="handout-heading">
      <p className="handout-hint">{t.hint}</p>
      <p className="handout-clinic">{clinic.name}</p>
      <h1 id="handout-heading">{t.heading(portal.name)}</h1>
      {handout.note === null ? null : <p className="handout-note">{handout.note}</p>}

      <div className="handout-way-in">
        <figure className="handout-qr">
          <div
            className="handout-qr-code"
            role="img"
            aria-label={t.qrLabel(portal.name, handout.link)}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption>{t.qrCaption}</figcaption>
        </figure>
        <div className="handout-address">
          <p>{t.typeAddress}</p>
          <p className="handout-url">
            <PortalLink href={handout.href}>
              <PrintedAddress href={handout.href} />
            </PortalLink>
          </p>
          <p>{t.opensVendor(portal.vendor.productName, portal.vendor.name)}</p>
        </div>
      </div>

      <section aria-labelledby="handout-steps-heading">
        <h2 id="handout-steps-heading">{t.stepsHeading}</h2>
        <ol className="handout-steps">
          <li>
            {t.stepOpen(portal.name, handout.link)}
            {handout.link === 'sign-in' ? t.stepNewPatient : null}
          </li>
          <li>{portal.signUpInstructions}</li>
          <li>{t.stepNextTime(site)}</li>
        </ol>
      </section>

      {apps.length > 0 ? (
        <section aria-labelledby="handout-app-heading">
          <h2 id="handout-app-heading">{t.appHeading}</h2>
          <p>
            {t.searchApp(
              portal.vendor.productName,
              apps.map((app, i) => (
                <span key={app.key}>
                  {i === 0 ? null : i === apps.length - 1 ? t.or : ', '}
                  <a href={app.href} rel="noopener noreferrer">
                    {app.storeName}
                  </a>
                </span>
              )),
            )}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="handout-call-heading">
        <h2 id="handout-call-heading">{t.callHeading}</h2>
        <ul className="handout-contacts" role="list">
          {handoutContacts(content).map((contact) => (
            <li key={contact.id}>
              <PhoneLink phone={contact.phone} label={m.common.call(contact.name)} />
              <span className="handout-hours">{contact.hours}</span>
            </li>
          ))}
        </ul>
        <p>
          <strong>{m.common.emergencyCall911}</strong>{' '}
          {t.emergencyRest(`${site}${pagePath({ page: 'portal' }, content.language)}`)}
        </p>
        {clinic.languageHelp ? <p className="handout-language">{clinic.languageHelp}</p> : null}
      </section>
    </article>
  )
}
