import { DEFAULT_LANGUAGE } from '@doorway/languages'
import type { SiteContent } from '@doorway/content/site'
import type { ReactNode } from 'react'
import { messagesFor } from '@/messages'
import type { Alternate } from '@/lib/page-meta'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

interface SiteChromeProps {
  /** The site's content; null when a Draft Mode preview has problems (then `children` explains them). */
  content: SiteContent | null
  /** What Draft Mode adds above the header (the preview bar); nothing on published pages. */
  draftTools?: ReactNode
  /** The page in every live language, for the header's language switch (none: no switch). */
  alternates?: readonly Alternate[]
  children: ReactNode
}

/**
 * Everything around a page's own content, on every page, published (Pages Router) or Draft Mode
 * (App Router): the skip link, header, `main` and footer. The one place this chrome is written.
 */
export function SiteChrome({
  content,
  draftTools = null,
  alternates = [],
  children,
}: SiteChromeProps) {
  // A draft with problems has no content: its words are the main edition's.
  const language = content?.language ?? DEFAULT_LANGUAGE
  return (
    <>
      <a href="#main" className="skip-link">
        {messagesFor(language).chrome.skipLink}
      </a>
      {draftTools}
      {content === null ? null : (
        <SiteHeader
          clinicName={content.clinic.name}
          portalName={content.portal.name}
          signInHref={content.portal.signInHref}
          logo={content.brand.logo}
          language={language}
          otherLanguages={alternates.filter(({ lang }) => lang !== content.language)}
        />
      )}
      <main id="main" className="wrap" tabIndex={-1}>
        {children}
      </main>
      {content === null ? null : <SiteFooter content={content} />}
    </>
  )
}
