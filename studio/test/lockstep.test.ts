import { DOCUMENT_TYPES, documentSchemas, type RawDocument } from '@doorway/content'
import { pathToString, type ObjectSchemaType, type Path, type SchemaType } from 'sanity'
import type { z } from 'zod'
import { copyOf, errorsOf, loadSample, schema } from './harness'

// The Studio schema must mirror the zod model of @doorway/content field for field: same names,
// same required-ness. Names are compared structurally; required-ness is compared by behaviour:
// remove a field from a complete, valid document and ask both zod and the Studio's validation.

type AnyZod = z.ZodType & {
  _zod: {
    def: { type: string; innerType?: AnyZod; element?: AnyZod; shape?: Record<string, AnyZod> }
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

// Sanity's built-in types carry fields of their own (a slug's `source`); only our types must match exactly.
const BUILT_IN = new Set(['slug', 'reference'])

function studioFields(type: SchemaType): Map<string, SchemaType> {
  const fields = (type as ObjectSchemaType).fields ?? []
  return new Map(fields.map((field) => [field.name, field.type]))
}

function studioElement(type: SchemaType): SchemaType | null {
  return type.jsonType === 'array' ? ((type as { of: SchemaType[] }).of[0] ?? null) : null
}

function isBuiltIn(type: SchemaType): boolean {
  for (let t: SchemaType | undefined = type; t; t = t.type) if (BUILT_IN.has(t.name)) return true
  return false
}

/** Every mismatch in field names between a zod object and a Studio object, recursively. */
function nameMismatches(model: AnyZod, studio: SchemaType, where: string): string[] {
  const shape = zodShape(model)
  const element = zodElement(model)
  if (element) {
    const studioItem = studioElement(studio)
    if (!studioItem) return [`${where}: the model has a list, the Studio has ${studio.jsonType}`]
    return nameMismatches(element, studioItem, `${where}[]`)
  }
  if (!shape)
    return studio.jsonType === 'object' && !isBuiltIn(studio)
      ? [`${where}: the Studio has an object, the model a value`]
      : []
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
  type: string
  /** Path of the field inside a complete document. */
  path: Path
  requiredInModel: boolean
}

/** Walks the model alongside a complete document, listing every authored field that has a value path. */
function fieldCases(type: string, model: AnyZod, value: unknown, path: Path = []): FieldCase[] {
  const shape = zodShape(model)
  const element = zodElement(model)
  if (element && Array.isArray(value)) {
    const first = value[0] as { _key?: string } | undefined
    if (first === undefined || typeof first !== 'object' || typeof first._key !== 'string')
      return []
    return fieldCases(type, element, first, [...path, { _key: first._key }])
  }
  if (!shape || typeof value !== 'object' || value === null) return []
  return Object.entries(shape)
    .filter(([name]) => authored(name))
    .flatMap(([name, child]) => [
      // zod 4: an optional field accepts `undefined`.
      { type, path: [...path, name], requiredInModel: !child.safeParse(undefined).success },
      ...fieldCases(type, child, (value as Record<string, unknown>)[name], [...path, name]),
    ])
}

function without(document: RawDocument, path: Path): RawDocument {
  const copy = structuredClone(document) as Record<string, unknown>
  let parent: unknown = copy
  for (const segment of path.slice(0, -1)) {
    parent =
      typeof segment === 'object' && segment !== null && '_key' in segment
        ? (parent as { _key: string }[]).find((item) => item._key === segment._key)
        : (parent as Record<string, unknown>)[segment as string]
  }
  delete (parent as Record<string, unknown>)[path[path.length - 1] as string]
  return copy as RawDocument
}

// The model leaves both times optional because closed days have none; on open days the Studio
// (and `check`, through the same content rule) asks for them.
const CONDITIONAL_IN_STUDIO = new Set([
  'openingHours[_key=="mon"].opens',
  'openingHours[_key=="mon"].closes',
])

let sample: RawDocument[]
let complete: Record<string, RawDocument>
beforeAll(async () => {
  sample = await loadSample()
  const clinic = copyOf(sample, 'clinic') as RawDocument & { portal: Record<string, unknown> }
  // The sample has no outage notice; a complete clinic does, so its fields are compared too.
  clinic.portal.outageNotice = {
    _type: 'outageNotice',
    message: 'The portal is down for updates.',
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

test.each(DOCUMENT_TYPES)(
  '%s: each field is required in the Studio exactly when the model requires it',
  async (type) => {
    const document = complete[type]!
    const model = documentSchemas[type] as unknown as AnyZod
    expect(model.safeParse(document).success).toBe(true)
    expect(await errorsOf(document, sample)).toEqual([])

    const cases = fieldCases(type, model, document)
    expect(cases.length).toBeGreaterThan(3)
    const mismatches: string[] = []
    for (const { path, requiredInModel } of cases) {
      const name = pathToString(path)
      const changed = without(document, path)
      // Behaviour on both sides: does zod refuse the document, does the Studio show an error there?
      const modelRefuses = !model.safeParse(changed).success
      const errors = await errorsOf(changed, sample)
      const studioRefuses = errors.some(
        (marker) =>
          marker.path === name ||
          marker.path.startsWith(`${name}.`) ||
          marker.path.startsWith(`${name}[`),
      )
      if (modelRefuses !== requiredInModel)
        mismatches.push(`${name}: zod's optional flag and its parse disagree`)
      if (CONDITIONAL_IN_STUDIO.has(name)) {
        if (modelRefuses) mismatches.push(`${name}: expected optional in the model`)
        continue
      }
      if (studioRefuses !== modelRefuses) {
        mismatches.push(
          `${name}: ${modelRefuses ? 'required' : 'optional'} in the model, ${studioRefuses ? 'required' : 'optional'} in the Studio`,
        )
      }
    }
    expect(mismatches).toEqual([])
  },
)
