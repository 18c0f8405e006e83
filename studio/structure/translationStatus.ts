import { DOCUMENT_TYPE_NAMES, isDocumentType } from '@doorway/content/model'
import { checkSiteLanguage } from '@doorway/content/rules'
import { editionDocument, languageTitle, translationsOf } from '@doorway/content/translations'
import { DEFAULT_LANGUAGE } from '@doorway/languages'

/** One language of the clinic's "Site languages", and what it still lacks. */
export interface LanguageStatus {
  language: string
  /** "Spanish (Español)", as the field's box for it is titled. */
  title: string
  live: boolean
  /** Each text English has and this language does not: where, and what it is. */
  missing: { documentId: string; document: string; field: string }[]
}

type Doc = Record<string, unknown>

/** How the office manager knows a document: `location "Downtown clinic"`, by its English name. */
function documentName(doc: Doc): string {
  const type = isDocumentType(doc._type) ? DOCUMENT_TYPE_NAMES[doc._type].one : String(doc._type)
  const name = editionDocument(doc, DEFAULT_LANGUAGE).name
  return typeof name === 'string' && name.trim() !== '' ? `${type} "${name.trim()}"` : type
}

/**
 * The translation status of every language in the clinic's "Site languages" (live or not), in its
 * order: what `check` would find missing (`translationsOf`, the function the check uses), so an
 * office manager sees at a glance what to translate before turning a language on.
 */
export function translationStatus(documents: readonly Doc[]): LanguageStatus[] {
  const clinic = documents.find((doc) => doc._type === 'clinic')
  const rows = Array.isArray(clinic?.siteLanguages) ? (clinic.siteLanguages as Doc[]) : []
  const seen = new Set<string>()
  return rows.flatMap((row) => {
    const tag = checkSiteLanguage(row.language)
    if (!tag.ok || seen.has(tag.value)) return []
    seen.add(tag.value)
    return [
      {
        language: tag.value,
        title: languageTitle(tag.value),
        live: row.live === true,
        missing: translationsOf(documents, tag.value).missing.map(({ document, name }) => ({
          documentId: String(document._id),
          document: documentName(document),
          field: name,
        })),
      },
    ]
  })
}
