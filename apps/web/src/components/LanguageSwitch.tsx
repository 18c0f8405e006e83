import { ownName, textDirection } from '@doorway/languages'
import type { Alternate } from '@/lib/page-meta'
import { messagesFor } from '@/messages'

/**
 * The same page in each other live language (`links`), each link written in that language's own
 * name ("Español") and marked with its `lang`: plain links, so it works without JavaScript, and
 * no cookie or redirect remembers the choice. Nothing when the site has one language.
 */
export function LanguageSwitch({
  links,
  language,
}: {
  links: readonly Alternate[]
  /** The page's language, whose word names the switch for screen readers. */
  language: string
}) {
  if (links.length === 0) return null
  return (
    <nav aria-label={messagesFor(language).header.languagesLabel} className="language-switch">
      <ul className="nav-list" role="list">
        {links.map(({ lang, path }) => (
          <li key={lang}>
            <a href={path} lang={lang} hrefLang={lang} dir={textDirection(lang)}>
              {ownName(lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
