import type { PortalHref } from '@doorway/portal-link'
import Link from 'next/link'
import { PortalLink } from './PortalLink'

interface SiteHeaderProps {
  clinicName: string
  portalName: string
  /** The portal's checked sign-in address: the header's compact "Sign in" link goes there. */
  signInHref: PortalHref
}

/**
 * Top of every page: the clinic's name (home) and a compact "Sign in" to the portal on the first
 * row, the way to the portal's help page below. Sign in comes before the menu in the reading and
 * Tab order, as it does on screen.
 */
export function SiteHeader({ clinicName, portalName, signInHref }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <div className="header-top">
          <Link href="/" className="brand">
            {clinicName}
          </Link>
          <PortalLink href={signInHref} className="header-sign-in">
            Sign in<span className="visually-hidden"> to {portalName}</span>
          </PortalLink>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list" role="list">
            <li>
              <Link href="/">Home and locations</Link>
            </li>
            <li>
              <Link href="/portal">Patient portal ({portalName})</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
