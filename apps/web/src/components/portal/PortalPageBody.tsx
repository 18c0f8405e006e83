import { PORTAL_HELP_PATH, type SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { HANDOUT_PATH } from '@/lib/page-meta'
import { portalHelpQuestions } from '@/lib/portal-help'
import { ContactLine } from '../ContactLine'
import { PortalLink } from '../PortalLink'
import { OutageNotice } from './OutageNotice'
import { TriageList } from './TriageList'
import { WhichPortal } from './WhichPortal'

interface PortalPageBodyProps {
  content: SiteContent
  now: Date
}

/**
 * The doorway page, in the order a worried parent needs it: the way in first, right under the
 * heading (inside a phone's first screen), with any outage (planned or now) just before it, and,
 * when some patients use another portal too, which portal is whose right under it; then
 * urgent help (911, and the clinic's advice line when it has one) before anything that can wait; then what the portal is, first-time sign-up,
 * family access, the apps, and who to call when it fails. Last, for staff, the printable sign-up
 * sheet.
 */
export function PortalPageBody({ content, now }: PortalPageBodyProps) {
  const { clinic, portal } = content
  const timeZone = content.locations[0]?.timeZone ?? 'UTC'
  const family = portal.familyAccess
  return (
    <>
      <h1>{portal.name}: our patient portal</h1>
      <OutageNotice
        notice={portal.outageNotice}
        portalName={portal.name}
        now={now}
        timeZone={timeZone}
      />

      <section aria-labelledby="sign-in-heading" className="sign-in">
        <h2 id="sign-in-heading" className="visually-hidden">
          Sign in
        </h2>
        <p>
          <PortalLink
            href={portal.signInHref}
            className="button-primary"
            aria-describedby="sign-in-note"
          >
            Sign in to {portal.name}
          </PortalLink>
        </p>
        <p id="sign-in-note" className="small">
          This opens the {portal.vendor.productName} website, run by {portal.vendor.name}. It is
          separate from this website.
        </p>
      </section>

      <WhichPortal portal={portal} />

      <section aria-labelledby="emergency-heading" className="emergency">
        <h2 id="emergency-heading">For emergencies, call 911</h2>
        <p>{clinic.emergencyMessage}</p>
        <p>
          <a href="tel:911" className="button-emergency">
            Call 911
          </a>
        </p>
        {clinic.adviceLine ? (
          <>
            <h3>Need medical advice now?</h3>
            <ContactLine contact={clinic.adviceLine} lead="Do not wait for a portal message." />
          </>
        ) : null}
      </section>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading" className="visually-hidden">
          What the portal is
        </h2>
        <p className="lead">{portal.explanation}</p>
        <h3>In {portal.name} you can</h3>
        <ul className="features">
          {portal.features.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sign-up-heading">
        <h2 id="sign-up-heading">First time? Sign up</h2>
        <p>{portal.signUpInstructions}</p>
        {portal.signUpHref ? (
          <p>
            <PortalLink href={portal.signUpHref} className="button-secondary">
              Sign up for {portal.name}
            </PortalLink>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="family-heading">
        <h2 id="family-heading">Access for parents and guardians</h2>
        <p>{family.summary}</p>
        <h3>When your child turns {family.parentViewChangesAtAge}</h3>
        <p>{family.afterThatAge}</p>
        {family.requestHref ? (
          <p>
            <PortalLink href={family.requestHref}>
              Ask for family access in {portal.name}
            </PortalLink>
          </p>
        ) : null}
      </section>

      {portal.appLinks.length > 0 ? (
        <section aria-labelledby="apps-heading">
          <h2 id="apps-heading">Use the {portal.vendor.productName} app</h2>
          <ul className="link-list" role="list">
            {portal.appLinks.map((app) => (
              <li key={app.key}>
                <a href={app.href} rel="noopener noreferrer">
                  Get the {portal.vendor.productName} app ({app.storeName})
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="trouble-heading">
        <h2 id="trouble-heading">Having trouble?</h2>
        <p>Find your problem below. It says what to do and whom to call.</p>
        <TriageList items={portal.triage} />
        {portalHelpQuestions(content).length === 0 ? null : (
          <p>
            More answers, on messages, test results, passwords, bills and records:{' '}
            <Link href={PORTAL_HELP_PATH}>Portal questions</Link>
          </p>
        )}
        {portal.helpLinks.length > 0 ? (
          <>
            <h3>More help on the {portal.vendor.productName} website</h3>
            <ul className="link-list" role="list">
              {portal.helpLinks.map((link) => (
                <li key={link.key}>
                  <PortalLink href={link.href}>{link.label}</PortalLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <p className="staff-link">
        For staff: <Link href={HANDOUT_PATH}>Print the sign-up sheet</Link> (one page, with a QR
        code, for the front desk).
      </p>
    </>
  )
}
