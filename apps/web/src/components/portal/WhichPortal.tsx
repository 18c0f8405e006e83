import type { PortalInfo } from '@doorway/content/site'
import { HELP_QUESTIONS } from '@/lib/portal-help'
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
}: {
  portal: PortalInfo
  signInAbove: boolean
}) {
  return (
    <ul className="which-portal" role="list">
      <li>
        <strong>{portal.name}</strong> (most families).
        {portal.useThisIf === null ? null : <> Use this one if {portal.useThisIf}</>}{' '}
        {signInAbove ? (
          'Use the Sign in button above.'
        ) : (
          <PortalLink href={portal.signInHref}>Sign in to {portal.name}</PortalLink>
        )}
      </li>
      {portal.otherPortals.map((other) => (
        <li key={other.key}>
          <strong>{other.name}</strong>. Use this one if {other.useThisIf}{' '}
          <PortalLink href={other.signInHref}>Go to {other.name}</PortalLink>{' '}
          <span className="small">
            (the {other.vendor.productName} website, run by {other.vendor.name})
          </span>
        </li>
      ))}
    </ul>
  )
}

/** "Which portal is mine?" on the portal page, right under Sign in; nothing with one portal. */
export function WhichPortal({ portal }: { portal: PortalInfo }) {
  if (portal.otherPortals.length === 0) return null
  return (
    <section aria-labelledby="which-portal-heading" className="which-portal-choice">
      <h2 id="which-portal-heading">{HELP_QUESTIONS['which-portal']}</h2>
      <WhichPortalList portal={portal} signInAbove />
    </section>
  )
}
