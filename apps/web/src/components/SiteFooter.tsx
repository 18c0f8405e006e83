import type { SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { ACCESSIBILITY_PATH, LANGUAGE_ASSISTANCE_PATH } from '@/lib/page-meta'
import { PhoneLink } from './PhoneLink'
import { PortalLink } from './PortalLink'

/** Bottom of every page: portal links, the main phone, the language-help and accessibility pages, 911, and the clinic's language-help notice. */
export function SiteFooter({ content }: { content: SiteContent }) {
  const { clinic, portal } = content
  return (
    <footer className="site-footer">
      <div className="wrap">
        {clinic.languageHelp ? <p className="language-help">{clinic.languageHelp}</p> : null}
        <ul className="link-list" role="list">
          <li>
            <PortalLink href={portal.signInHref}>Sign in to {portal.name}</PortalLink>
          </li>
          <li>
            <Link href="/portal">Help with {portal.name}</Link>
          </li>
          <li>
            <PhoneLink phone={clinic.mainPhone} who={clinic.name} />
          </li>
          <li>
            <Link href={LANGUAGE_ASSISTANCE_PATH}>
              Free language help{' · '}
              <span lang="es">Ayuda gratis con el idioma</span>
            </Link>
          </li>
          <li>
            <Link href={ACCESSIBILITY_PATH}>Accessibility</Link>
          </li>
        </ul>
        <p>
          <strong>For emergencies, call 911.</strong> Do not use the portal or this website for
          emergencies.
        </p>
        <p className="small">
          This website collects no information about you. {portal.name} is run by{' '}
          {portal.vendor.name} on its own website.
        </p>
      </div>
    </footer>
  )
}
