import type { SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { Fragment } from 'react'
import { pagePath } from '@/lib/page-meta'
import { CATALOG_LANGUAGES, catalogLanguage, messagesFor } from '@/messages'
import { PhoneLink } from './PhoneLink'
import { PortalLink } from './PortalLink'

/**
 * The language-help link's label: in the page's own words, then in every other language the kit
 * ships a catalog for (English and Spanish at least), each marked with its `lang`, so a family
 * that reads neither the page's language nor English still finds it.
 */
function LanguageHelpLabel({ language }: { language: string }) {
  const own = catalogLanguage(language)
  const others = CATALOG_LANGUAGES.filter((tag) => tag !== own)
  // A language without a catalog shows English words: marked as English inside its page.
  const ownWords = messagesFor(own).footer.languageHelp
  return (
    <>
      {own === language ? ownWords : <span lang={own}>{ownWords}</span>}
      {others.map((tag) => (
        <Fragment key={tag}>
          {' · '}
          <span lang={tag}>{messagesFor(tag).footer.languageHelp}</span>
        </Fragment>
      ))}
    </>
  )
}

/** Bottom of every page: portal links, the main phone, the language-help and accessibility pages, 911, and the clinic's language-help notice. */
export function SiteFooter({ content }: { content: SiteContent }) {
  const { clinic, portal, language } = content
  const m = messagesFor(language)
  const t = m.footer
  return (
    <footer className="site-footer">
      <div className="wrap">
        {clinic.languageHelp ? <p className="language-help">{clinic.languageHelp}</p> : null}
        <ul className="link-list" role="list">
          <li>
            <PortalLink href={portal.signInHref}>{m.common.signInTo(portal.name)}</PortalLink>
          </li>
          <li>
            <Link href={pagePath({ page: 'portal' }, content.language)}>
              {t.helpWith(portal.name)}
            </Link>
          </li>
          <li>
            <PhoneLink phone={clinic.mainPhone} label={m.common.call(clinic.name)} />
          </li>
          <li>
            <Link href={pagePath({ page: 'language-assistance' }, content.language)}>
              <LanguageHelpLabel language={language} />
            </Link>
          </li>
          <li>
            <Link href={pagePath({ page: 'accessibility' }, content.language)}>
              {t.accessibility}
            </Link>
          </li>
        </ul>
        <p>
          <strong>{m.common.emergencyCall911}</strong> {t.emergencyRest}
        </p>
        <p className="small">{t.noTracking(portal.name, portal.vendor.name)}</p>
      </div>
    </footer>
  )
}
