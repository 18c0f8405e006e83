import type { SiteContent } from '@doorway/content/site'
import { languagePrefix } from './page-meta'

/**
 * The site's editions, one per live language. `SiteContent` is the main (English) edition and
 * holds the others in `translations`; a page gets one edition, whose texts are all in its
 * language. The one place that picks an edition. Data only, so published pages can import it.
 */

/**
 * The edition of `content` in `lang` (a tag from `content.languages`), without the other
 * editions (`translations` is `{}`): what a page in that language gets as its props.
 */
export function editionOf(content: SiteContent, lang: string): SiteContent {
  const edition = lang === content.language ? content : content.translations[lang]
  if (edition === undefined) {
    throw new Error(
      `The site has no ${lang} edition: its languages are ${content.languages.join(', ')}.`,
    )
  }
  return { ...edition, translations: {} }
}

/** The live languages other than the main one: each has its pages under its own prefix. */
export function prefixedLanguages(content: SiteContent): string[] {
  return content.languages.filter((lang) => lang !== content.language)
}

/**
 * The live language whose address prefix is `prefix` (`es` for `/es/…`, `zh-hant` for `zh-Hant`),
 * or null: an unknown or not-yet-live language, or the main one (which has no prefix).
 */
export function languageAtPrefix(content: SiteContent, prefix: string): string | null {
  return prefixedLanguages(content).find((lang) => languagePrefix(lang) === `/${prefix}`) ?? null
}
