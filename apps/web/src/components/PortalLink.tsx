import type { PortalHref } from '@doorway/portal-link'
import type { ReactNode } from 'react'
import { assertLooksChecked } from '@/lib/portal-href'

interface PortalLinkProps {
  /** Only a value that passed `checkPortalLink` has this type; a plain string does not compile. */
  href: PortalHref
  children: ReactNode
  className?: string
  'aria-describedby'?: string
}

/**
 * The one way this site links into the patient portal. Defence in depth on top of the type:
 * if a cast ever smuggles in something that is not an absolute https address without a user
 * name, it throws, so the page (and so the build) fails instead of rendering the link.
 */
export function PortalLink({ href, children, className, ...rest }: PortalLinkProps) {
  assertLooksChecked(href, 'PortalLink')
  return (
    <a href={href} rel="noopener noreferrer" className={className} {...rest}>
      {children}
    </a>
  )
}
