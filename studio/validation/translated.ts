import { DEFAULT_LANGUAGE, englishName } from '@doorway/languages'
import type { CustomValidator, Rule } from 'sanity'
import { readingLevelValidator } from './rules'

/**
 * Rules for translated fields (sanity-plugin-internationalized-array: one value per language,
 * side by side). A rule on one value applies to every language's value, shown at that language's
 * box; English is the one required in the Studio, since a language is translated while it is off.
 * Whether a live language is complete is the translation status's and `check`'s to say.
 */

/** One language's value of a translated field, as the plugin stores it. */
export interface TranslatedValue {
  _key: string
  _type?: string
  language?: string
  value?: unknown
}
type Values = TranslatedValue[] | undefined

/** The English value of a translated field. */
export const englishOf = (values: unknown): unknown =>
  Array.isArray(values)
    ? (values as TranslatedValue[]).find((item) => item.language === DEFAULT_LANGUAGE)?.value
    : undefined

/** The English text of a translated field, for a list preview. */
export function englishText(values: unknown): string | undefined {
  const english = englishOf(values)
  return typeof english === 'string' ? english : undefined
}

/** A translated field's value with only English, as a new document starts (`kind`: string or text). */
export function inEnglish(text: string, kind: 'String' | 'Text'): TranslatedValue[] {
  return [
    {
      _key: DEFAULT_LANGUAGE,
      _type: `internationalizedArray${kind}Value`,
      language: DEFAULT_LANGUAGE,
      value: text,
    },
  ]
}

/**
 * `rule` on each language's value, reported at that language's box; another language's message
 * starts with its name ("Spanish: …"). A missing value passes (required-ness is a rule of its own),
 * and so does another language's blank one (not translated yet).
 */
export function eachLanguage<T>(rule: CustomValidator<T>): CustomValidator<Values> {
  return async (values, context) => {
    const problems: { message: string; path: [{ _key: string }, 'value'] }[] = []
    for (const item of values ?? []) {
      const language = item.language ?? DEFAULT_LANGUAGE
      // Another language left blank is not translated yet: the translation status says so.
      const blank = typeof item.value === 'string' && item.value.trim() === ''
      if (item.value === undefined || (blank && language !== DEFAULT_LANGUAGE)) continue
      const result = await rule(item.value as T, context)
      if (typeof result !== 'string') continue
      problems.push({
        message: language === DEFAULT_LANGUAGE ? result : `${englishName(language)}: ${result}`,
        path: [{ _key: item._key }, 'value'],
      })
    }
    return problems.length > 0 ? problems : true
  }
}

/**
 * A required translated text: the English value, not only spaces (the content model trims text
 * and then finds it empty, so the Studio must refuse what the build refuses).
 */
export function requiredTranslation(message: string) {
  return (rule: Rule) => [
    rule.required().error(message),
    rule.custom((values: Values) => {
      // No value at all is `required()`'s to refuse; counting it here too would show it twice.
      if (values === undefined || values.length === 0) return true
      const english = englishOf(values)
      return typeof english === 'string' && english.trim() !== '' ? true : message
    }),
  ]
}

/**
 * The reading-level warning (never an error) on the English value: the formula is English-only,
 * so other languages are not graded.
 */
export function plainEnglish(rule: Rule) {
  return rule
    .custom((values: Values, context) => readingLevelValidator(englishOf(values), context))
    .warning()
}

/** A required, patient-facing translated text: `requiredTranslation` and the reading-level warning. */
export function plainTranslation(message: string) {
  return (rule: Rule) => [...requiredTranslation(message)(rule), plainEnglish(rule)]
}
