import { checkSiteLanguage } from '@doorway/content/rules'
import { languageTitle } from '@doorway/content/translations'
import { DEFAULT_LANGUAGE } from '@doorway/languages'
import type { SanityClient } from 'sanity'
import { internationalizedArray, type Language } from 'sanity-plugin-internationalized-array'
import { API_VERSION } from './env'
import { CLINIC_DOCUMENT_ID } from './schemaTypes/singletons/clinic'

/**
 * The languages each translated field offers a box for: English, then every language of the
 * clinic's "Site languages", live or not (a language is translated before it goes live), each
 * titled "Spanish (Español)". Rows that are not a usable language code are left out (the
 * "Site languages" field says why).
 */
export function editorLanguages(siteLanguages: unknown): Language[] {
  const tags = new Set<string>([DEFAULT_LANGUAGE])
  for (const row of Array.isArray(siteLanguages) ? siteLanguages : []) {
    const tag = checkSiteLanguage((row as { language?: unknown } | null)?.language)
    if (tag.ok) tags.add(tag.value)
  }
  return [...tags].map((id) => ({ id, title: languageTitle(id) }))
}

/** The clinic's languages as the office manager is editing them: its draft, else its published copy. */
export const SITE_LANGUAGES_QUERY = `coalesce(
  *[_id == "drafts." + $id][0].siteLanguages,
  *[_id == $id][0].siteLanguages
)[]{ language }`

/** The plugin that edits every translated field's languages side by side. */
export const translatedFields = internationalizedArray({
  apiVersion: API_VERSION,
  languages: async (client: SanityClient) =>
    editorLanguages(
      // Raw: the query itself prefers the draft, as the Studio's other look-ups do.
      await client.fetch(SITE_LANGUAGES_QUERY, { id: CLINIC_DOCUMENT_ID }, { perspective: 'raw' }),
    ),
  defaultLanguages: [DEFAULT_LANGUAGE],
  fieldTypes: ['string', 'text'],
  languageDisplay: 'titleOnly',
})
