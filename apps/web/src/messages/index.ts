import { DEFAULT_LANGUAGE } from '@doorway/languages'
import { en, type Messages } from './en'
import { es } from './es'

export type { Messages } from './en'

/**
 * The catalogs the kit ships, by language tag. To add one: copy `es.ts` to `<tag>.ts`, translate
 * every message (`satisfies Messages` makes a missing one a type error), and list it here.
 */
const CATALOGS = { en, es } satisfies Record<string, Messages>
export type CatalogLanguage = keyof typeof CATALOGS
export const CATALOG_LANGUAGES = Object.keys(CATALOGS) as CatalogLanguage[]

function isCatalogLanguage(tag: string): tag is CatalogLanguage {
  return Object.hasOwn(CATALOGS, tag)
}

/**
 * The catalog whose words a page in `language` shows: the tag's own (`es`), else its base
 * language's (`es-MX` → `es`), else English, for a language the kit ships no catalog for.
 */
export function catalogLanguage(language: string): CatalogLanguage {
  if (isCatalogLanguage(language)) return language
  const base = language.split('-')[0]?.toLowerCase() ?? ''
  return isCatalogLanguage(base) ? base : DEFAULT_LANGUAGE
}

/** The fixed words of a page in `language` (see `catalogLanguage` for the fallbacks). */
export function messagesFor(language: string): Messages {
  return CATALOGS[catalogLanguage(language)]
}
