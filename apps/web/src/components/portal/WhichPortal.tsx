import type { PortalInfo } from '@doorway/content/site'
import { messagesFor } from '@/messages'
import { PortalLink } from '../PortalLink'

/**
 * Each portal with "Use this one if…": the clinic's own first, as the one most families use,
 * then each other portal (a hospital system's MyChart) with a link to its own sign-in page, on
 * its own vendor's site. Under the portal page's Sign in button (`signInAbove`) the clinic's own
 * portal gets no second link.
 */
export function WhichPortalList({
  portal,
  signInAbove,
  language,
}: {
  portal: PortalInfo
  signInAbove: boolean
  /** The page's language (`content.language`). */
  language: string
}) {
  const m = messagesFor(language)
  const t = m.whichPortal
  return (
    <ul className="which-portal" role="list">
      <li>
        <strong>{portal.name}</strong> {t.mostFamilies}
        {portal.useThisIf === null ? null : <> {t.useThisIf(portal.useThisIf)}</>}{' '}
        {signInAbove ? (
          t.signInAbove
        ) : (
          <PortalLink href={portal.signInHref}>{m.common.signInTo(portal.name)}</PortalLink>
        )}
      </li>
      {portal.otherPortals.map((other) => (
        <li key={other.key}>
          <strong>{other.name}</strong>. {t.useThisIf(other.useThisIf)}{' '}
          <PortalLink href={other.signInHref}>{t.goTo(other.name)}</PortalLink>{' '}
          <span className="small">
            {m.common.vendorWebsite(other.vendor.productName, other.vendor.name)}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** "Which portal is mine?" on the portal page, right under Sign in; nothing with one portal. */
export function WhichPortal({ portal, language }: { portal: PortalInfo; language: string }) {
  if (portal.otherPortals.length === 0) return null
  return (
    <section aria-labelledby="which-portal-heading" className="which-portal-choice">
      <h2 id="which-portal-heading">{messagesFor(language).help.questions['which-portal']}</h2>
      <WhichPortalList portal={portal} signInAbove language={language} />
    </section>
  )
}
