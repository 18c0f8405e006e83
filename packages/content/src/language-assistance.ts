import { englishName, fillTagline, ownName, textDirection } from '@doorway/languages'
import { checkContactPoint } from './contact-point'
import { attempt, list, need } from './documents'
import { get, type Problems, type RawObject } from './problems'
import { checkEachLanguageOnce, checkLanguageTag, checkTagline } from './rules'
import type { Phone } from './site'

/** The clinic's Section 1557 coordinator and taglines; the main phone fills each tagline. */
export function checkLanguageAssistance(
  raw: RawObject,
  problems: Problems,
  mainPhone: Phone | null | undefined,
) {
  const at = (...path: (string | number)[]) => ['languageAssistance', ...path]
  const coordinator = checkContactPoint(raw, problems, 'languageAssistance', 'coordinator')
  const rows = list(get(raw, ...at('taglines')))
  const repeated = checkEachLanguageOnce(rows.map((row) => get(row, 'language')))
  const taglines = rows.flatMap((row, i) => {
    const tag = problems.at(raw, at('taglines', i, 'language'), checkLanguageTag)
    if (tag == null) return []
    const twice = repeated.get(i)
    if (twice !== undefined) {
      problems.add(raw, at('taglines', i, 'language'), twice)
      return []
    }
    // No text is not "absent" here: it means the ready-made tagline.
    const template = checkTagline(tag, get(row, 'text'))
    if (!template.ok) {
      problems.add(raw, at('taglines', i, 'text'), template.message)
      return []
    }
    return [{ key: String(get(row, '_key')), tag, template: template.value }]
  })

  return attempt(() => ({
    /** The Section 1557 coordinator, when the clinic names one (45 CFR 92.7). */
    coordinator,
    /** One per language, in the clinic's order, each with the main phone number written in. */
    taglines: taglines.map(({ key, tag, template }) => ({
      key,
      /** BCP 47 tag, for the `lang` attribute. */
      lang: tag,
      dir: textDirection(tag),
      englishName: englishName(tag),
      ownName: ownName(tag),
      text: fillTagline(template, need(mainPhone).display),
    })),
  }))
}
