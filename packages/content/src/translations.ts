import { DEFAULT_LANGUAGE, englishName, ownName } from '@doorway/languages'
import type { z } from 'zod'
import {
  documentSchemas,
  fieldNameInSentence,
  isDocumentType,
  LOCALIZED,
  type LocalizedField,
} from './model'
import { isObject, type Path, type RawObject } from './problems'

/**
 * Field-level translation. A translated field (`localized` in the model) is stored as
 * sanity-plugin-internationalized-array data, one value per language:
 * `[{ _key, _type: 'internationalizedArrayStringValue', language: 'es', value: '…' }, …]`.
 * An edition of a document has each such field replaced by its text in one language, so the
 * model and every rule read plain text, in English and in each language alike.
 */

/** What the Studio calls a language's box in a translated field: "Spanish (Español)". */
export function languageTitle(tag: string): string {
  const english = englishName(tag)
  const own = ownName(tag)
  return english === own ? english : `${english} (${own})`
}

/** The stored value of a translated field in `language`: undefined when it has none. */
function valueIn(stored: unknown, language: string): unknown {
  if (Array.isArray(stored)) {
    const entry = stored.find((item) => isObject(item) && item.language === language)
    return isObject(entry) ? entry.value : undefined
  }
  // Plain text (written before the field was translated) is the English text.
  return language === DEFAULT_LANGUAGE ? stored : undefined
}

/**
 * The value `language` has of its own: English as stored (the model reports a blank one), any
 * other language's text only when it is not blank (blank is not translated yet).
 */
function ownValue(stored: unknown, language: string): unknown {
  const value = valueIn(stored, language)
  if (language === DEFAULT_LANGUAGE) return value
  return typeof value === 'string' && value.trim() === '' ? undefined : value
}

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

type Walkable = z.ZodType & {
  _zod: {
    def: {
      type: string
      innerType?: Walkable
      element?: Walkable
      shape?: Record<string, Walkable>
    }
  }
}

/**
 * `value` (data of `schema`) with each translated field replaced by what `visit` returns for it,
 * following the model's objects, lists and optional fields.
 */
function mapTranslated(
  schema: Walkable,
  value: unknown,
  path: Path,
  visit: (stored: unknown, path: Path, field: LocalizedField) => unknown,
): unknown {
  const field = LOCALIZED.get(schema)
  if (field !== undefined) return visit(value, path, field)
  const { type, innerType, element, shape } = schema._zod.def
  if (innerType !== undefined && ['optional', 'nullable', 'default'].includes(type))
    return mapTranslated(innerType, value, path, visit)
  if (type === 'object' && shape !== undefined && isObject(value)) {
    const out: RawObject = { ...value }
    for (const [key, child] of Object.entries(shape))
      if (key in value) out[key] = mapTranslated(child, value[key], [...path, key], visit)
    return out
  }
  if (type === 'array' && element !== undefined && Array.isArray(value))
    return value.map((item, i) => mapTranslated(element, item, [...path, i], visit))
  return value
}

function mapDocument(
  doc: RawObject,
  visit: (stored: unknown, path: Path, field: LocalizedField) => unknown,
): RawObject {
  if (!isDocumentType(doc._type)) return doc
  return mapTranslated(
    documentSchemas[doc._type] as unknown as Walkable,
    doc,
    [],
    visit,
  ) as RawObject
}

/**
 * The document in `language`: each translated field holds its text in that language, or
 * nothing. A field that may fall back to English (`fallback`) holds the English value instead.
 */
export function editionDocument(doc: RawObject, language: string): RawObject {
  return mapDocument(doc, (stored, _path, field) => {
    const own = ownValue(stored, language)
    return own === undefined && field.fallback === true ? valueIn(stored, DEFAULT_LANGUAGE) : own
  })
}

/** A translated text that has English and no text in the language. */
export interface MissingTranslation {
  document: RawObject
  /** The field, as stored (`portal.triage[2].problem`, items by index). */
  path: Path
  /** What the field is called in messages, e.g. "The portal explanation". */
  name: string
}

/** Where a translated field has a value of `language`'s own (not the English one it falls back to). */
export interface Translations {
  missing: MissingTranslation[]
  /** The fields with a value of the language's own. */
  own: { document: RawObject; path: Path }[]
}

/**
 * What `language` has of `documents`' translated texts: every one that has English text but none
 * in the language (what the office manager still has to translate; a field that falls back to
 * English is never missing), and every one it has. One function for the Studio's translation
 * status and for `check`, which refuses to publish a live language with anything missing.
 */
export function translationsOf(documents: readonly RawObject[], language: string): Translations {
  const result: Translations = { missing: [], own: [] }
  for (const document of documents) {
    mapDocument(document, (stored, path, field) => {
      const own = ownValue(stored, language)
      if (own !== undefined) result.own.push({ document, path })
      else if (field.fallback !== true && hasText(valueIn(stored, DEFAULT_LANGUAGE)))
        result.missing.push({ document, path, name: field.name })
      return stored
    })
  }
  return result
}

/** What `check` says about a missing translation in a live language (after "Spanish: "). */
export function missingTranslationMessage(language: string, name: string): string {
  const english = englishName(language)
  return `${fieldNameInSentence(name)} is empty. Type the ${english} text in the “${languageTitle(language)}” box of this field, or turn ${english} off (Clinic › Site languages) until the translation is done.`
}
