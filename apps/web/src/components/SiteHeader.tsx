import type { Logo } from '@doorway/content/site'
import type { PortalHref } from '@doorway/portal-link'
import Link from 'next/link'
import { messagesFor } from '@/messages'
import { pagePath, type Alternate } from '@/lib/page-meta'
import { LanguageSwitch } from './LanguageSwitch'
import { PortalLink } from './PortalLink'

interface SiteHeaderProps {
  clinicName: string
  portalName: string
  /** The portal's checked sign-in address: the header's compact "Sign in" link goes there. */
  signInHref: PortalHref
  /** The clinic's logo, shown instead of its name (its alt text names it); null: the name. */
  logo?: Logo | null
  /** The page's language (`content.language`), whose words the header shows. */
  language: string
  /** The same page in each other live language, for the language switch (none: no switch). */
  otherLanguages?: readonly Alternate[]
}

/**
 * Top of every page: the clinic's name (home) and a compact "Sign in" to the portal on the first
 * row, the way to the portal's help page below. Sign in comes before the menu in the reading and
 * Tab order, as it does on screen.
 */
export function SiteHeader({
  clinicName,
  portalName,
  signInHref,
  logo = null,
  language,
  otherLanguages = [],
}: SiteHeaderProps) {
  const t = messagesFor(language).header
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <div className="header-top">
          <Link href={pagePath({ page: 'home' }, language)} className="brand">
            {logo === null ? clinicName : <BrandLogo logo={logo} />}
          </Link>
          <PortalLink href={signInHref} className="header-sign-in">
            {t.signIn}
            <span className="visually-hidden">{t.signInHidden(portalName)}</span>
          </PortalLink>
        </div>
        <nav aria-label={t.navLabel}>
          <ul className="nav-list" role="list">
            <li>
              <Link href={pagePath({ page: 'home' }, language)}>{t.home}</Link>
            </li>
            <li>
              <Link href={pagePath({ page: 'portal' }, language)}>{t.portal(portalName)}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch links={otherLanguages} language={language} />
      </div>
    </header>
  )
}

/**
 * The logo as a plain `<img>` (what next/image renders, without its inline style, which the CSP
 * refuses): width and height given, so the header keeps its size while it loads (no layout
 * shift); SVG as is, raster in 1x–3x from Sanity's CDN.
 */
function BrandLogo({ logo }: { logo: Logo }) {
  return (
    <img
      className="brand-logo"
      src={logo.src}
      srcSet={logo.srcSet ?? undefined}
      width={logo.width}
      height={logo.height}
      alt={logo.alt}
      decoding="async"
    />
  )
}
