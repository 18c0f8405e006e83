import type { SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { pagePath } from '@/lib/page-meta'
import { portalHelpQuestions } from '@/lib/portal-help'
import { messagesFor } from '@/messages'
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
  const { clinic, portal, language } = content
  const timeZone = content.locations[0]?.timeZone ?? 'UTC'
  const family = portal.familyAccess
  const m = messagesFor(language)
  const t = m.portal
  const product = portal.vendor.productName
  return (
    <>
      <h1>{t.heading(portal.name)}</h1>
      <OutageNotice portal={portal} now={now} timeZone={timeZone} language={language} />

      <section aria-labelledby="sign-in-heading" className="sign-in">
        <h2 id="sign-in-heading" className="visually-hidden">
          {t.signInHeading}
        </h2>
        <p>
          <PortalLink
            href={portal.signInHref}
            className="button-primary"
            aria-describedby="sign-in-note"
          >
            {m.common.signInTo(portal.name)}
          </PortalLink>
        </p>
        <p id="sign-in-note" className="small">
          {t.signInNote(product, portal.vendor.name)}
        </p>
      </section>

      <WhichPortal portal={portal} language={language} />

      <section aria-labelledby="emergency-heading" className="emergency">
        <h2 id="emergency-heading">{t.emergencyHeading}</h2>
        <p>{clinic.emergencyMessage}</p>
        <p>
          <a href="tel:911" className="button-emergency">
            {m.common.call911}
          </a>
        </p>
        {clinic.adviceLine ? (
          <>
            <h3>{t.adviceHeading}</h3>
            <ContactLine contact={clinic.adviceLine} language={language} lead={t.adviceLead} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading" className="visually-hidden">
          {t.whatHeading}
        </h2>
        <p className="lead">{portal.explanation}</p>
        <h3>{t.featuresHeading(portal.name)}</h3>
        <ul className="features">
          {portal.features.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sign-up-heading">
        <h2 id="sign-up-heading">{t.signUpHeading}</h2>
        <p>{portal.signUpInstructions}</p>
        {portal.signUpHref ? (
          <p>
            <PortalLink href={portal.signUpHref} className="button-secondary">
              {t.signUpFor(portal.name)}
            </PortalLink>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="family-heading">
        <h2 id="family-heading">{t.familyHeading}</h2>
        <p>{family.summary}</p>
        <h3>{t.familyAge(family.parentViewChangesAtAge)}</h3>
        <p>{family.afterThatAge}</p>
        {family.requestHref ? (
          <p>
            <PortalLink href={family.requestHref}>{t.familyAsk(portal.name)}</PortalLink>
          </p>
        ) : null}
      </section>

      {portal.appLinks.length > 0 ? (
        <section aria-labelledby="apps-heading">
          <h2 id="apps-heading">{t.appsHeading(product)}</h2>
          <ul className="link-list" role="list">
            {portal.appLinks.map((app) => (
              <li key={app.key}>
                <a href={app.href} rel="noopener noreferrer">
                  {t.getApp(product, app.storeName)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="trouble-heading">
        <h2 id="trouble-heading">{t.troubleHeading}</h2>
        <p>{t.troubleIntro}</p>
        <TriageList items={portal.triage} language={language} />
        {portalHelpQuestions(content).length === 0 ? null : (
          <p>
            {t.moreAnswers(
              <Link href={pagePath({ page: 'portal-help' }, content.language)}>
                {m.help.heading}
              </Link>,
            )}
          </p>
        )}
        {portal.helpLinks.length > 0 ? (
          <>
            <h3>{t.moreHelpOn(product)}</h3>
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
        {t.staff(<Link href={pagePath({ page: 'handout' }, content.language)}>{t.staffLink}</Link>)}
      </p>
    </>
  )
}
