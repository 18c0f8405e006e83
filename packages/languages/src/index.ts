import { KNOWN_LANGUAGES, PHONE_PLACEHOLDER, type KnownLanguage } from './taglines'

export { KNOWN_LANGUAGES, PHONE_PLACEHOLDER, type KnownLanguage }

/** The site's own language: at the root of every address, always on. */
export const DEFAULT_LANGUAGE = 'en'

/** ISO 15924 scripts written right to left (Unicode's list, the ones in use today). */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Nkoo', 'Rohg', 'Syrc', 'Thaa'])

export type Result<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * A language tag as the clinic typed it, or why it cannot be used. Accepts any well-formed BCP 47
 * tag ("es", "zh-Hant", "pt-BR") and returns it in its usual spelling.
 */
export function checkLanguageTag(input: unknown): Result<string> {
  const trimmed = typeof input === 'string' ? input.trim() : ''
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(trimmed)[0]
  } catch {
    canonical = undefined
  }
  // Well-formed is not enough ("spanish" is a well-formed tag): the language must be one the
  // locale data knows, so it has a name in English and in itself.
  const language = canonical === undefined ? undefined : new Intl.Locale(canonical).language
  const named =
    language !== undefined &&
    new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language) !== undefined
  if (trimmed === '' || canonical === undefined || !named) {
    return {
      ok: false,
      message: `“${String(input ?? '')}” is not a language code. Use a code such as es (Spanish), zh-Hant (Chinese, traditional characters) or vi (Vietnamese).`,
    }
  }
  // Keep a known tag as listed ("tl" rather than CLDR's alias "fil"), so addresses stay stable.
  const known = KNOWN_LANGUAGES.find((l) => l.tag.toLowerCase() === trimmed.toLowerCase())
  return { ok: true, value: known?.tag ?? canonical }
}

/** The entry for `tag` among the languages shipped with default taglines, if it is one. */
export function knownLanguage(tag: string): KnownLanguage | undefined {
  return KNOWN_LANGUAGES.find((l) => l.tag === tag)
}

/** The script `tag` is usually written in (ISO 15924, e.g. "Arab"), from the locale data. */
export function scriptOf(tag: string): string {
  return new Intl.Locale(tag).maximize().script ?? 'Latn'
}

/** `rtl` for languages written right to left (Arabic, Persian, Urdu, Hebrew…), else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT_SCRIPTS.has(scriptOf(tag)) ? 'rtl' : 'ltr'
}

/** The language's name in itself ("Español", "Tiếng Việt"), for the language switch. */
export function ownName(tag: string): string {
  const known = knownLanguage(tag)
  if (known) return known.ownName
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1)
}

/** The language's name in English ("Spanish"), for the Studio and office-manager messages. */
export function englishName(tag: string): string {
  return (
    knownLanguage(tag)?.englishName ??
    new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ??
    tag
  )
}

/** A tagline with the clinic's phone number in place of `{phone}`. */
export function fillTagline(tagline: string, phone: string): string {
  return tagline.split(PHONE_PLACEHOLDER).join(phone)
}

/**
 * The tagline a clinic publishes for `tag`: the one it wrote, which must say where the number
 * goes, or, when it wrote none, the ready-made one for a shipped language.
 */
export function checkTagline(tag: string, text: unknown): Result<string> {
  const written = typeof text === 'string' ? text.trim() : ''
  const name = englishName(tag)
  if (written === '') {
    const known = knownLanguage(tag)
    if (known) return { ok: true, value: known.tagline }
    return {
      ok: false,
      message: `There is no ready-made ${name} tagline. Write one in ${name}: that free language help is available, and ${PHONE_PLACEHOLDER} where the clinic’s number goes.`,
    }
  }
  if (!written.includes(PHONE_PLACEHOLDER)) {
    return {
      ok: false,
      message: `The ${name} tagline does not say which number to call. Put ${PHONE_PLACEHOLDER} where the clinic’s number goes; the website writes the number there.`,
    }
  }
  return { ok: true, value: written }
}
