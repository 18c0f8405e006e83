import { englishName, fillTagline, ownName, textDirection } from '@doorway/languages'
import { list } from './documents'
import { get, type Problems, type RawObject } from './problems'
import {
  checkEachLanguageOnce,
  checkEmail,
  checkLanguageTag,
  checkPhone,
  checkTagline,
} from './rules'
import type { LanguageAssistance, Phone } from './site'

const optionalText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/** The clinic's Section 1557 coordinator and taglines; the main phone fills each tagline. */
export function checkLanguageAssistance(
  raw: RawObject,
  problems: Problems,
): (mainPhone: Phone) => LanguageAssistance {
  const at = (...path: (string | number)[]) => ['languageAssistance', ...path]
  const name = optionalText(get(raw, ...at('coordinatorName')))
  const rawPhone = optionalText(get(raw, ...at('coordinatorPhone')))
  const phone = rawPhone === null ? null : problems.at(raw, at('coordinatorPhone'), checkPhone)
  const rawEmail = optionalText(get(raw, ...at('coordinatorEmail')))
  const email = rawEmail === null ? null : problems.at(raw, at('coordinatorEmail'), checkEmail)
  const rows = list(get(raw, ...at('taglines')))
  const repeated = checkEachLanguageOnce(rows.map((row) => get(row, 'language')))
  const taglines = rows.map((row, i) => {
    const tag = problems.at(raw, at('taglines', i, 'language'), checkLanguageTag)
    if (tag == null) return null
    const twice = repeated.get(i)
    if (twice !== undefined) {
      problems.add(raw, at('taglines', i, 'language'), twice)
      return null
    }
    // No text is not "absent" here: it means the ready-made tagline.
    const template = checkTagline(tag, get(row, 'text'))
    if (!template.ok) {
      problems.add(raw, at('taglines', i, 'text'), template.message)
      return null
    }
    return { key: String(get(row, '_key')), tag, template: template.value }
  })
  const coordinator =
    name === null && rawPhone === null && rawEmail === null ? null : { name, email: email ?? null }

  return (mainPhone) => ({
    coordinator: coordinator === null ? null : { ...coordinator, phone: phone ?? null },
    taglines: taglines.flatMap((row) =>
      row === null
        ? []
        : [
            {
              key: row.key,
              lang: row.tag,
              dir: textDirection(row.tag),
              englishName: englishName(row.tag),
              ownName: ownName(row.tag),
              text: fillTagline(row.template, mainPhone.display),
            },
          ],
    ),
  })
}
