import type { SiteContent } from '@doorway/content/site'
import { PhoneLink } from './PhoneLink'

/** The standard the site is built and tested to (the HHS Section 504 rule's, 45 CFR 84.84). */
export const ACCESSIBILITY_STANDARD = 'WCAG 2.1, level AA'

const REVIEW_DATE = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeZone: 'UTC',
})

/**
 * The accessibility statement: the standard, what it means for a visitor, that the portal is
 * the vendor's website, whom to tell about a barrier, and when the site was last checked.
 */
export function AccessibilityBody({ content }: { content: SiteContent }) {
  const { clinic, portal } = content
  const { contact, lastReviewed } = clinic.accessibility
  const contactName = contact?.name ?? 'us'
  return (
    <>
      <h1>Accessibility</h1>
      <p className="lead">
        We want everyone to be able to use this website. That includes people who use a screen
        reader, a keyboard only, or zoom.
      </p>
      <section aria-labelledby="standard-heading">
        <h2 id="standard-heading">What we aim for</h2>
        <p>
          This website aims to meet the Web Content Accessibility Guidelines (
          {ACCESSIBILITY_STANDARD}
          ). This means, for example:
        </p>
        <ul>
          <li>You can use every page with a keyboard only.</li>
          <li>Text can be made twice as large, and pages still work on a small phone.</li>
          <li>Text and buttons have strong colour contrast.</li>
          <li>Links and headings say where they go and what comes next.</li>
          <li>We write in plain words, in short sentences.</li>
        </ul>
      </section>
      <section aria-labelledby="portal-access-heading">
        <h2 id="portal-access-heading">The patient portal is a separate website</h2>
        <p>
          {portal.name} is run by {portal.vendor.name}, not by us. If you cannot use it, call us and
          we will help you over the phone.
        </p>
      </section>
      <section aria-labelledby="tell-us-heading">
        <h2 id="tell-us-heading">Tell us about a problem</h2>
        <p>
          If something on this website does not work for you, tell us. We will help you get what you
          need another way, and fix the page.
        </p>
        <ul>
          <li>
            {contact?.phone != null ? (
              <PhoneLink phone={contact.phone} who={contactName} />
            ) : (
              <PhoneLink phone={clinic.mainPhone} who={clinic.name} />
            )}
          </li>
          {contact?.email != null ? (
            <li>
              Email {contactName}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          ) : null}
        </ul>
      </section>
      {lastReviewed !== null ? (
        <p className="small">
          We last checked this website on{' '}
          <time dateTime={lastReviewed}>
            {REVIEW_DATE.format(new Date(`${lastReviewed}T00:00:00Z`))}
          </time>
          .
        </p>
      ) : null}
    </>
  )
}
