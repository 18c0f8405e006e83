/**
 * @jest-environment node
 */
import { DOCUMENT_TYPES, MEDICAL_SPECIALTIES } from '@doorway/content/model'
import { isValidElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { CATALOG_LANGUAGES, catalogLanguage, messagesFor, type Messages } from '.'
import { en } from './en'
import { es } from './es'

/** A value for the `i`-th argument of a message: text the test can find in its output. */
const slot = (i: number) => `⟦${i}⟧`

/**
 * Arguments for the messages whose parameters are not free text (a number that changes the
 * words, a choice of words, a key of a fixed list); any other message is called with slots.
 */
const ARGUMENTS: Record<string, unknown[][]> = {
  'common.specialty': MEDICAL_SPECIALTIES.map((specialty) => [specialty]),
  'preview.documentType': DOCUMENT_TYPES.map((type) => [type]),
  'preview.problemsHeading': [[1], [3]],
  'home.lead': [
    [slot(0), 1],
    [slot(0), 3],
  ],
  'home.locationsHeading': [[1], [3]],
  'portal.familyAge': [[12]],
  'handout.qrLabel': [
    [slot(0), 'sign-up'],
    [slot(0), 'sign-in'],
  ],
  'handout.stepOpen': [
    [slot(0), 'sign-up'],
    [slot(0), 'sign-in'],
  ],
  'accessibility.emailTo': [[slot(0)], [null]],
  'meta.languageAssistanceDescription': [[slot(0), 16]],
}

type Message = (...args: never[]) => unknown

function isMessage(value: unknown): value is (...args: unknown[]) => unknown {
  return typeof value === 'function'
}

/** The argument lists a message is tried with. */
function argumentSets(path: string, message: Message): unknown[][] {
  return ARGUMENTS[path] ?? [Array.from({ length: message.length }, (_, i) => slot(i))]
}

/** The values (slots and numbers) the English message writes out and the translation does not. */
function missingValues(path: string, english: Message, translated: Message): string[] {
  return argumentSets(path, english).flatMap((args) => {
    const call = (message: (...args: unknown[]) => unknown) => text(message(...args) as ReactNode)
    const source = call(english as (...args: unknown[]) => unknown)
    const words = call(translated as (...args: unknown[]) => unknown)
    return args
      .filter((arg) => typeof arg === 'number' || (typeof arg === 'string' && arg.startsWith('⟦')))
      .map(String)
      .filter((value) => source.includes(value) && !words.includes(value))
  })
}

/** What a message shows: its text, with any elements rendered. */
function text(value: ReactNode): string {
  return typeof value === 'string' ? value : renderToStaticMarkup(<>{value}</>)
}

interface Leaf {
  path: string
  english: unknown
  translated: unknown
}

/** Every message of the English catalog, with the same key's value in `catalog`. */
function leaves(english: object, catalog: object, prefix = ''): Leaf[] {
  return Object.entries(english).flatMap(([key, value]): Leaf[] => {
    const path = `${prefix}${key}`
    const translated = (catalog as Record<string, unknown>)[key]
    const isGroup =
      typeof value === 'object' && value !== null && !Array.isArray(value) && !isValidElement(value)
    return isGroup && typeof translated === 'object' && translated !== null
      ? leaves(value, translated, `${path}.`)
      : [{ path, english: value, translated }]
  })
}

const TRANSLATIONS = CATALOG_LANGUAGES.filter((tag) => tag !== 'en')

describe.each(TRANSLATIONS)('the %s catalog', (tag) => {
  const catalog: Messages = messagesFor(tag)
  const all = leaves(en, catalog)

  test('has every key of the English catalog, and no other', () => {
    const keys = (english: object, other: object, prefix = ''): string[][] =>
      Object.entries(english).flatMap(([key, value]) => {
        const translated = (other as Record<string, unknown>)[key]
        return typeof value === 'object' && !Array.isArray(value) && !isValidElement(value)
          ? keys(value, (translated ?? {}) as object, `${prefix}${key}.`)
          : [[`${prefix}${key}`, typeof translated]]
      })
    const missing = keys(en, catalog).filter(([, type]) => type === 'undefined')
    expect(missing).toEqual([])
    expect(leaves(catalog, en).map((leaf) => leaf.path)).toEqual(all.map((leaf) => leaf.path))
  })

  test.each(all.map((leaf) => [leaf.path, leaf] as const))(
    '%s: not empty, and shows every value the English one shows',
    (path, { english, translated }) => {
      expect(typeof translated).toBe(typeof english)
      if (isMessage(english) && isMessage(translated)) {
        for (const args of argumentSets(path, english)) {
          expect(text(translated(...args) as ReactNode).trim()).not.toBe('')
        }
        expect(missingValues(path, english, translated)).toEqual([])
      } else if (Array.isArray(english)) {
        expect(Array.isArray(translated)).toBe(true)
        expect((translated as string[]).length).toBeGreaterThan(0)
        for (const item of translated as string[]) expect(item.trim()).not.toBe('')
      } else {
        expect(text(translated as ReactNode).trim()).not.toBe('')
      }
    },
  )

  test('is not a copy of the English one', () => {
    const same = all.filter(
      ({ english, translated }) => typeof english === 'string' && english === translated,
    )
    expect(same.map((leaf) => leaf.path)).toEqual([])
  })
})

describe('missingValues', () => {
  test('finds a value a translation drops, and a number it leaves out', () => {
    expect(missingValues('common.signInTo', en.common.signInTo, () => 'Iniciar sesión')).toEqual([
      slot(0),
    ])
    expect(
      missingValues('home.lead', en.home.lead, (specialty: string) => `${specialty} aquí.`),
    ).toEqual(['3'])
    expect(missingValues('home.lead', en.home.lead, es.home.lead)).toEqual([])
  })
})

describe('messagesFor', () => {
  test.each([
    ['en', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['vi', 'en'],
    ['zh-Hant', 'en'],
    ['', 'en'],
  ])('%s → the %s catalog', (language, expected) => {
    expect(catalogLanguage(language)).toBe(expected)
    expect(messagesFor(language)).toBe(messagesFor(expected))
  })

  test('Spanish is Spanish', () => {
    expect(messagesFor('es-US').portal.troubleHeading).toBe('¿Tiene problemas?')
    expect(messagesFor('es').format.closed).toBe('Cerrado')
  })
})
