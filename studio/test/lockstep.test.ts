import { DOCUMENT_TYPES, documentSchemas, type RawDocument } from '@doorway/content'
import { LOCALIZED } from '@doorway/content/model'
import { editionDocument } from '@doorway/content/translations'
import {
  pathToString,
  type ObjectSchemaType,
  type Path,
  type SchemaType,
  type StringSchemaType,
} from 'sanity'
import type { z } from 'zod'
import { copyOf, errorsOf, loadSample, schema } from './harness'
import { inEnglish } from '../validation/translated'

// The Studio schema must mirror the zod model of @doorway/content field for field: same names,
// same kinds of value (text, date-time, number, yes/no, choice from a list), same required-ness.
// Names and kinds are compared structurally; required-ness by behaviour: change a complete,
// valid document and ask both zod and the Studio's validation.

type AnyZod = z.ZodType & {
  _zod: {
    def: {
      type: string
      format?: string
      entries?: Record<string, string>
      innerType?: AnyZod
      element?: AnyZod
      shape?: Record<string, AnyZod>
    }
  }
}

/** The zod schema under `optional`/`default` wrappers. */
function unwrap(schema: AnyZod): AnyZod {
  const def = schema._zod.def
  return (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') &&
    def.innerType
    ? unwrap(def.innerType)
    : schema
}

function zodShape(schema: AnyZod): Record<string, AnyZod> | null {
  const inner = unwrap(schema)
  return inner._zod.def.type === 'object'
    ? (inner as unknown as { shape: Record<string, AnyZod> }).shape
    : null
}

function zodElement(schema: AnyZod): AnyZod | null {
  const inner = unwrap(schema)
  return inner._zod.def.type === 'array' ? (inner._zod.def.element ?? null) : null
}

/** Fields an author writes: Sanity's own `_id`, `_type`, `_key`... are not modelled in the Studio. */
const authored = (name: string) => !name.startsWith('_')

// Sanity's built-in types carry fields of their own (a slug's `source`, an image's `hotspot`);
// only our types must match exactly.
const BUILT_IN = new Set(['slug', 'reference', 'image'])

function studioFields(type: SchemaType): Map<string, SchemaType> {
  const fields = (type as ObjectSchemaType).fields ?? []
  return new Map(fields.map((field) => [field.name, field.type]))
}

function studioElement(type: SchemaType): SchemaType | null {
  return type.jsonType === 'array' ? ((type as { of: SchemaType[] }).of[0] ?? null) : null
}

function typeChain(type: SchemaType): string[] {
  const names: string[] = []
  for (let t: SchemaType | undefined = type; t; t = t.type) names.push(t.name)
  return names
}

function isBuiltIn(type: SchemaType): boolean {
  return typeChain(type).some((name) => BUILT_IN.has(name))
}

/** What kind of value a field holds, in words both sides can be compared in. */
type Kind = 'text' | 'date' | 'date-time' | 'number' | 'yes/no' | `one of ${string}` | 'other'

function listKind(values: readonly unknown[]): Kind {
  return `one of ${[...values].map(String).sort().join(', ')}`
}

function zodKind(schema: AnyZod): Kind {
  const def = unwrap(schema)._zod.def
  if (def.type === 'string')
    return def.format === 'datetime' ? 'date-time' : def.format === 'date' ? 'date' : 'text'
  if (def.type === 'enum') return listKind(Object.values(def.entries ?? {}))
  if (def.type === 'number') return 'number'
  if (def.type === 'boolean') return 'yes/no'
  return 'other'
}

function studioKind(type: SchemaType): Kind {
  if (type.jsonType === 'number') return 'number'
  if (type.jsonType === 'boolean') return 'yes/no'
  if (type.jsonType !== 'string') return 'other'
  if (typeChain(type).includes('datetime')) return 'date-time'
  if (typeChain(type).includes('date')) return 'date'
  const list = (type as StringSchemaType).options?.list
  if (Array.isArray(list) && list.length > 0) {
    return listKind(list.map((item) => (typeof item === 'string' ? item : item.value)))
  }
  return 'text'
}

// Where the Studio deliberately offers a list while the model takes any text. Each is checked by
// a content rule that accepts more than the list, so nothing the Studio publishes fails the build.
const STUDIO_ONLY_LISTS = new Map([
  ['location.timeZone', 'the Studio offers US zones; checkTimeZone takes any IANA zone'],
  ...[
    'location.openingHours[].opens',
    'location.openingHours[].closes',
    'location.specialHours[].hours[].opens',
    'location.specialHours[].hours[].closes',
  ].map(
    (path) =>
      [path, 'the Studio offers quarter hours ("8:30 am"); the model takes any HH:MM'] as const,
  ),
])

/** Whether the model translates this field (`localized`): one value per language. */
const translated = (model: AnyZod) => LOCALIZED.has(unwrap(model))

/** The Studio's translated field types (sanity-plugin-internationalized-array). */
const studioTranslated = (type: SchemaType) =>
  typeChain(type).some((name) => /^internationalizedArray(String|Text)$/.test(name))

/** Every mismatch in field names between a zod object and a Studio object, recursively. */
function nameMismatches(model: AnyZod, studio: SchemaType, where: string): string[] {
  if (translated(model) !== studioTranslated(studio))
    return [
      `${where}: ${translated(model) ? 'translated' : 'one value'} in the model, not in the Studio`,
    ]
  // Both translated: each language's value is the model's text.
  if (translated(model)) return zodKind(model) === 'text' ? [] : [`${where}: translated, not text`]
  const shape = zodShape(model)
  const element = zodElement(model)
  if (element) {
    const studioItem = studioElement(studio)
    if (!studioItem) return [`${where}: the model has a list, the Studio has ${studio.jsonType}`]
    return nameMismatches(element, studioItem, `${where}[]`)
  }
  if (!shape) {
    if (studio.jsonType === 'object' && !isBuiltIn(studio))
      return [`${where}: the Studio has an object, the model a value`]
    const modelKind = zodKind(model)
    const kind = studioKind(studio)
    if (modelKind === 'other' || isBuiltIn(studio) || kind === modelKind) return []
    if (modelKind === 'text' && kind.startsWith('one of ') && STUDIO_ONLY_LISTS.has(where))
      return []
    return [`${where}: the model has ${modelKind}, the Studio has ${kind}`]
  }
  if (studio.jsonType !== 'object')
    return [`${where}: the model has an object, the Studio has ${studio.jsonType}`]
  const fields = studioFields(studio)
  const problems: string[] = []
  for (const [name, child] of Object.entries(shape).filter(([name]) => authored(name))) {
    const studioChild = fields.get(name)
    if (!studioChild) problems.push(`${where}.${name}: in the model, missing from the Studio`)
    else problems.push(...nameMismatches(child, studioChild, `${where}.${name}`))
  }
  if (!isBuiltIn(studio)) {
    for (const name of fields.keys())
      if (!(name in shape)) problems.push(`${where}.${name}: in the Studio, missing from the model`)
  }
  return problems
}

interface FieldCase {
  /** Path of the field, or of a list's first item, inside a complete document. */
  path: Path
  /** `field` can be removed; `item` is one line of a plain list (of text), which can only be emptied. */
  kind: 'field' | 'item'
  requiredInModel: boolean
  /** A translated field: its English value is what the office manager types. */
  translated: boolean
}

/** Walks the model alongside a complete document, listing every authored field and list item it reaches. */
function fieldCases(model: AnyZod, value: unknown, path: Path = []): FieldCase[] {
  const shape = zodShape(model)
  const element = zodElement(model)
  if (element && Array.isArray(value)) {
    const first: unknown = value[0]
    if (typeof first === 'string')
      return [{ path: [...path, 0], kind: 'item', requiredInModel: true, translated: false }]
    const key = (first as { _key?: unknown } | undefined)?._key
    if (typeof first !== 'object' || first === null || typeof key !== 'string') return []
    return fieldCases(element, first, [...path, { _key: key }])
  }
  if (!shape || typeof value !== 'object' || value === null) return []
  return Object.entries(shape)
    .filter(([name]) => authored(name))
    .flatMap(([name, child]): FieldCase[] => [
      // zod 4: an optional field accepts `undefined`.
      {
        path: [...path, name],
        kind: 'field',
        requiredInModel: !child.safeParse(undefined).success,
        translated: translated(child),
      },
      ...fieldCases(child, (value as Record<string, unknown>)[name], [...path, name]),
    ])
}

/** The object or list holding the last segment of `path`, inside `root`. */
function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let parent: unknown = root
  for (const segment of path.slice(0, -1)) {
    parent =
      typeof segment === 'object' && segment !== null && '_key' in segment
        ? (parent as { _key: string }[]).find((item) => item._key === segment._key)
        : (parent as Record<string | number, unknown>)[segment as string | number]
  }
  return parent as Record<string | number, unknown>
}

function valueAt(document: RawDocument, path: Path): unknown {
  return parentOf(document, path)[path[path.length - 1] as string | number]
}

function without(document: RawDocument, path: Path): RawDocument {
  const copy = structuredClone(document)
  delete parentOf(copy, path)[path[path.length - 1] as string]
  return copy
}

function withValue(document: RawDocument, path: Path, value: unknown): RawDocument {
  const copy = structuredClone(document)
  parentOf(copy, path)[path[path.length - 1] as string | number] = value
  return copy
}

// The slug's rule reports on the slug field, not on its inner `current`.
const REPORTED_AT = new Map([['slug.current', 'slug']])

/** Whether the Studio shows an error at `path` or anywhere inside it. */
async function studioRefuses(document: RawDocument, path: Path): Promise<boolean> {
  const name = REPORTED_AT.get(pathToString(path)) ?? pathToString(path)
  const errors = await errorsOf(document, sample)
  return errors.some(
    (marker) =>
      marker.path === name ||
      marker.path.startsWith(`${name}.`) ||
      marker.path.startsWith(`${name}[`),
  )
}

// The model leaves both times optional because closed days have none; on open days the Studio
// (and `check`, through the same content rule) asks for them.
const CONDITIONAL_IN_STUDIO = new Set([
  'openingHours[_key=="mon"].opens',
  'openingHours[_key=="mon"].closes',
])

/** Whether `model` accepts a stored document, read as its English edition as `check` reads it. */
const accepts = (model: AnyZod, doc: RawDocument) =>
  model.safeParse(editionDocument(doc, 'en')).success

let sample: RawDocument[]
let complete: Record<string, RawDocument>
beforeAll(async () => {
  sample = await loadSample()
  const clinic = copyOf(sample, 'clinic') as RawDocument & { portal: Record<string, unknown> }
  // The sample has no outage notice; a complete clinic does, so its fields are compared too.
  clinic.portal.outageNotice = {
    _type: 'outageNotice',
    message: inEnglish('The portal is down for updates.', 'Text'),
    startsAt: '2026-03-01T06:00:00Z',
    endsAt: '2026-03-01T11:00:00Z',
  }
  complete = {
    clinic,
    portalVendor: copyOf(sample, 'vendor-epic-mychart'),
    supportContact: copyOf(sample, 'contact-front-desk'),
    location: copyOf(sample, 'location-downtown'),
  }
})

test('every document type of the model is a document type in the Studio', () => {
  for (const type of DOCUMENT_TYPES) expect(schema.get(type)?.jsonType).toBe('object')
  expect(DOCUMENT_TYPES.map((type) => schema.get(type)?.type?.name)).toEqual(
    DOCUMENT_TYPES.map(() => 'document'),
  )
})

test.each(DOCUMENT_TYPES)(
  '%s: the Studio has exactly the model’s fields, at every depth',
  (type) => {
    expect(
      nameMismatches(documentSchemas[type] as unknown as AnyZod, schema.get(type)!, type),
    ).toEqual([])
  },
)

test('the name comparison notices a missing field', () => {
  // Guards the guard: compare the clinic model against the vendor type, which lacks its fields.
  const problems = nameMismatches(
    documentSchemas.clinic as unknown as AnyZod,
    schema.get('portalVendor')!,
    'clinic',
  )
  expect(problems).toContain('clinic.websiteHosts: in the model, missing from the Studio')
  expect(problems).toContain('clinic.productName: in the Studio, missing from the model')
})

test('the kind comparison notices a different kind of value or a different list', () => {
  const location = documentSchemas.location as unknown as AnyZod & {
    shape: Record<string, AnyZod>
    extend: (shape: Record<string, AnyZod>) => AnyZod
  }
  const clinic = documentSchemas.clinic as unknown as typeof location
  const weekday = (location.shape.openingHours as unknown as { element: typeof location }).element
    .shape.day!
  const problems = [
    // Text where the Studio has yes/no; a list where the Studio has text; one value where the
    // Studio has a translated field, and a translated text where it has one value.
    ...nameMismatches(
      location.extend({
        acceptingNewPatients: location.shape.timeZone!,
        phone: weekday,
        name: location.shape.timeZone!,
        timeZone: location.shape.name!,
      }),
      schema.get('location')!,
      'location',
    ),
    // A list whose values differ from the Studio's.
    ...nameMismatches(
      clinic.extend({ medicalSpecialty: weekday }),
      schema.get('clinic')!,
      'clinic',
    ),
  ]
  expect(problems).toContain(
    'location.acceptingNewPatients: the model has text, the Studio has yes/no',
  )
  expect(problems).toContain(
    'location.phone: the model has one of Friday, Monday, Saturday, Sunday, Thursday, Tuesday, Wednesday, the Studio has text',
  )
  expect(problems).toContain('location.name: one value in the model, not in the Studio')
  expect(problems).toContain('location.timeZone: translated in the model, not in the Studio')
  expect(problems.find((problem) => problem.startsWith('clinic.medicalSpecialty:'))).toMatch(
    /^clinic\.medicalSpecialty: the model has one of Friday, .*, the Studio has one of Anesthesia, /,
  )
})

test.each(DOCUMENT_TYPES)(
  '%s: each field is required in the Studio exactly when the model requires it',
  async (type) => {
    const document = complete[type]!
    const model = documentSchemas[type] as unknown as AnyZod
    expect(accepts(model, document)).toBe(true)
    expect(await errorsOf(document, sample)).toEqual([])

    const cases = fieldCases(model, document).filter((c) => c.kind === 'field')
    // Every document type has at least three authored fields: the walk reached them.
    expect(cases.length).toBeGreaterThanOrEqual(3)
    const mismatches: string[] = []
    for (const { path, requiredInModel } of cases) {
      const name = pathToString(path)
      const changed = without(document, path)
      // Behaviour on both sides: does zod refuse the document, does the Studio show an error there?
      const modelRefuses = !accepts(model, changed)
      const refused = await studioRefuses(changed, path)
      if (modelRefuses !== requiredInModel)
        mismatches.push(`${name}: zod's optional flag and its parse disagree`)
      if (CONDITIONAL_IN_STUDIO.has(name)) {
        if (modelRefuses) mismatches.push(`${name}: expected optional in the model`)
        continue
      }
      if (refused !== modelRefuses) {
        mismatches.push(
          `${name}: ${modelRefuses ? 'required' : 'optional'} in the model, ${refused ? 'required' : 'optional'} in the Studio`,
        )
      }
    }
    expect(mismatches).toEqual([])
  },
  // One Studio validation per field: the clinic, with every text in two languages, has the most
  // (about 40 s when a build shares the two cores).
  120_000,
)

// One way only: the Studio may refuse more blank text than zod does (an optional portal address
// of spaces fails the portal-link rule, which \`check\` applies too), but never less, or an office
// manager could publish what the website build refuses.
test.each(DOCUMENT_TYPES)(
  '%s: text the model refuses when empty or only spaces, the Studio refuses too',
  async (type) => {
    const document = complete[type]!
    const model = documentSchemas[type] as unknown as AnyZod
    const cases = fieldCases(model, document).filter(
      (c) => c.translated || typeof valueAt(document, c.path) === 'string',
    )
    expect(cases.length).toBeGreaterThan(0)
    // The types with a plain list of text (website hosts, features, portal addresses): its lines are walked too.
    if (type === 'clinic' || type === 'portalVendor')
      expect(cases.some((c) => c.kind === 'item')).toBe(true)
    const slipThrough: string[] = []
    for (const { path, translated } of cases) {
      for (const blank of ['', '   ']) {
        const changed = withValue(document, path, translated ? inEnglish(blank, 'String') : blank)
        if (accepts(model, changed)) continue
        if (!(await studioRefuses(changed, path)))
          slipThrough.push(`${pathToString(path)} = ${JSON.stringify(blank)}`)
      }
    }
    expect(slipThrough).toEqual([])
  },
)
