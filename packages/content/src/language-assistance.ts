import { englishName, fillTagline, ownName, textDirection } from '@doorway/languages'
import { checkContactPoint } from './contact-point'
import { list } from './documents'
import { get, type Problems, type RawObject } from './problems'
import { checkEachLanguageOnce, checkLanguageTag, checkTagline } from './rules'
import type { LanguageAssistance, Phone } from './site'

/** The clinic's Section 1557 coordinator and taglines; the main phone fills each tagline. */
export function checkLanguageAssistance(
  raw: RawObject,
  problems: Problems,
): (mainPhone: Phone) => LanguageAssistance {
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

  return (mainPhone) => ({
    coordinator,
    taglines: taglines.map(({ key, tag, template }) => ({
      key,
      lang: tag,
      dir: textDirection(tag),
      englishName: englishName(tag),
      ownName: ownName(tag),
      text: fillTagline(template, mainPhone.display),
    })),
  })
}
