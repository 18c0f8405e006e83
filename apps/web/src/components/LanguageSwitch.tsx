import { ownName, textDirection } from '@doorway/languages'
import type { Alternate } from '@/lib/page-meta'

// English words of this component, until the message catalog (apps/web/src/messages) has them.
const WORDS = { label: 'Language' } as const

/**
 * The same page in each other live language (`links`), each link written in that language's own
 * name ("Español") and marked with its `lang`: plain links, so it works without JavaScript, and
 * no cookie or redirect remembers the choice. Nothing when the site has one language.
 */
export function LanguageSwitch({ links }: { links: readonly Alternate[] }) {
  if (links.length === 0) return null
  return (
    <nav aria-label={WORDS.label} className="language-switch">
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
