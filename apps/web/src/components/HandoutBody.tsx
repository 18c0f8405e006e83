import type { SiteContent, SupportContact } from '@doorway/content/site'
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
  const page = handout.link === 'sign-up' ? 'sign-up page' : 'sign-in page'
  const site = new URL(siteUrl).host
  const apps = portal.appLinks
  return (
    <article className="handout" aria-labelledby="handout-heading">
      <p className="handout-hint">
        <strong>For staff: print this page</strong> (Ctrl+P, or ⌘P on a Mac). It fits on one sheet
        of Letter or A4 paper, in black and white, and always shows the current address.
      </p>
      <p className="handout-clinic">{clinic.name}</p>
      <h1 id="handout-heading">How to sign up for {portal.name}</h1>
      {handout.note === null ? null : <p className="handout-note">{handout.note}</p>}

      <div className="handout-way-in">
        <figure className="handout-qr">
          <div
            className="handout-qr-code"
            role="img"
            aria-label={`QR code that opens the ${portal.name} ${page}`}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption>Point your phone’s camera here</figcaption>
        </figure>
        <div className="handout-address">
          <p>Or type this address into your web browser:</p>
          <p className="handout-url">
            <PortalLink href={handout.href}>
              <PrintedAddress href={handout.href} />
            </PortalLink>
          </p>
          <p>
            It opens the {portal.vendor.productName} website, run by {portal.vendor.name}, not our
            own.
          </p>
        </div>
      </div>

      <section aria-labelledby="handout-steps-heading">
        <h2 id="handout-steps-heading">Sign up in three steps</h2>
        <ol className="handout-steps">
          <li>
            Open the {portal.name} {page}: scan the code with your phone’s camera, or type the
            address.
            {handout.link === 'sign-in' ? ' Choose to sign up as a new patient.' : null}
          </li>
          <li>{portal.signUpInstructions}</li>
          <li>
            Next time, sign in with the Sign in button at the top of every page of our website,{' '}
            {site}.
          </li>
        </ol>
      </section>

      {apps.length > 0 ? (
        <section aria-labelledby="handout-app-heading">
          <h2 id="handout-app-heading">Get the app</h2>
          <p>
            Search for “{portal.vendor.productName}” in your phone’s app store:{' '}
            {apps.map((app, i) => (
              <span key={app.key}>
                {i === 0 ? null : i === apps.length - 1 ? ' or ' : ', '}
                <a href={app.href} rel="noopener noreferrer">
                  {app.storeName}
                </a>
              </span>
            ))}
            .
          </p>
        </section>
      ) : null}

      <section aria-labelledby="handout-call-heading">
        <h2 id="handout-call-heading">Questions? Call us</h2>
        <ul className="handout-contacts" role="list">
          {handoutContacts(content).map((contact) => (
            <li key={contact.id}>
              <PhoneLink phone={contact.phone} who={contact.name} />
              <span className="handout-hours">{contact.hours}</span>
            </li>
          ))}
        </ul>
        <p>
          <strong>For emergencies, call 911.</strong> Do not use the portal for emergencies. More
          help: {site}/portal
        </p>
        {clinic.languageHelp ? <p className="handout-language">{clinic.languageHelp}</p> : null}
      </section>
    </article>
  )
}
