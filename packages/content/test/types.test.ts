// Keeps the query types Sanity TypeGen generates from the Studio schema (src/sanity.types.ts,
// `npm run typegen` in studio/) and the zod model in step. The type-level part fails
// `npm run check-types`, naming the field that drifted; the runtime part ties the generated type
// to what SITE_QUERY really returns for the sample.
import type { z } from 'zod'
import { applyPerspective, checkSite, readDataset, runQuery, SITE_QUERY } from '../src'
import {
  clinicDocument,
  locationDocument,
  portalVendorDocument,
  supportContactDocument,
} from '../src/model'
import type { SITE_QUERY_RESULT } from '../src/sanity.types'
import { SAMPLE_PATH } from './helpers'

/** Fields the model accepts but the query need not project: Sanity's own bookkeeping. */
type SystemKey = '_rev' | '_createdAt' | '_updatedAt' | '_type' | '_weak'

/**
 * Every place where the query's result type `Q` does not fit the model's input type `Z`, as
 * `path: why` strings; `never` when they fit. Sanity returns `null` for an unset field and
 * `checkSite` drops those before the model sees them, so `null` (and `undefined`) are set aside.
 */
type Drift<Q, Z, Path extends string> =
  // A translated field: the query returns every language's value, the model reads one of them.
  NonNullable<Q> extends readonly {
    _type: `internationalizedArray${string}Value`
    value?: infer V
  }[]
    ? Drift<V, Z, `${Path}(one language)`>
    : NonNullable<Q> extends readonly (infer QItem)[]
      ? NonNullable<Z> extends readonly (infer ZItem)[]
        ? Drift<QItem, ZItem, `${Path}[]`>
        : `${Path}: a list in the query, not in the model`
      : NonNullable<Q> extends object
        ? NonNullable<Z> extends object
          ? ObjectDrift<NonNullable<Q>, NonNullable<Z>, Path>
          : `${Path}: a group of fields in the query, not in the model`
        : [NonNullable<Q>] extends [NonNullable<Z>]
          ? never
          : `${Path}: the query's values do not fit the model`

type ObjectDrift<Q, Z, Path extends string> =
  | {
      [K in Exclude<keyof Q, keyof Z> & string]: `${Path}.${K}: in the query, not in the model`
    }[Exclude<keyof Q, keyof Z> & string]
  | {
      [
        K in Exclude<keyof Z, keyof Q | SystemKey> & string
      ]: `${Path}.${K}: in the model, not in the query`
    }[Exclude<keyof Z, keyof Q | SystemKey> & string]
  | { [K in keyof Q & keyof Z & string]: Drift<Q[K], Z[K], `${Path}.${K}`> }[keyof Q &
      keyof Z &
      string]

/** Compiles only when `D` is `never`; otherwise the error names each drifted field. */
function noDrift<D extends never>(): D[] {
  return []
}

type Result = SITE_QUERY_RESULT
const drift = [
  noDrift<Drift<Result['clinics'][number], z.input<typeof clinicDocument>, 'clinics[]'>>(),
  noDrift<Drift<Result['vendors'][number], z.input<typeof portalVendorDocument>, 'vendors[]'>>(),
  noDrift<
    Drift<Result['contacts'][number], z.input<typeof supportContactDocument>, 'contacts[]'>
  >(),
  noDrift<Drift<Result['locations'][number], z.input<typeof locationDocument>, 'locations[]'>>(),
]

// The checker itself must be able to fail: a field missing on either side, or of another kind,
// is drift. (`@ts-expect-error` fails the type check if the line below it compiles.)
// @ts-expect-error: the model has a field the query does not project.
noDrift<Drift<{ a: string }, { a: string; b: string }, 'x'>>()
// @ts-expect-error: the query projects a field the model does not know.
noDrift<Drift<{ a: string; b: string | null }, { a: string }, 'x'>>()
// @ts-expect-error: a number in the query where the model wants text, two levels down.
noDrift<Drift<{ a: { b: number[] | null } }, { a: { b: string[] } }, 'x'>>()
// @ts-expect-error: a choice the model does not offer.
noDrift<Drift<{ a: 'apple' | 'other' | null }, { a: 'apple' | 'google' }, 'x'>>()

/** Each document type's top-level fields in the generated type, listed so they can be compared at run time. */
type Keys<T> = readonly (keyof T)[]
type Exactly<T, List extends Keys<T>> = [Exclude<keyof T, List[number]>] extends [never]
  ? List
  : never
const CLINIC_KEYS = [
  '_id',
  '_type',
  'name',
  'websiteHosts',
  'mainPhone',
  'emergencyMessage',
  'adviceLine',
  'medicalSpecialty',
  'languageHelp',
  'siteLanguages',
  'languageAssistance',
  'accessibility',
  'brand',
  'portal',
] as const satisfies Keys<Result['clinics'][number]>
const VENDOR_KEYS = [
  '_id',
  '_type',
  'name',
  'productName',
  'portalDomains',
] as const satisfies Keys<Result['vendors'][number]>
const CONTACT_KEYS = ['_id', '_type', 'name', 'phone', 'hours'] as const satisfies Keys<
  Result['contacts'][number]
>
const LOCATION_KEYS = [
  '_id',
  '_type',
  'name',
  'slug',
  'address',
  'phone',
  'timeZone',
  'openingHours',
  'specialHours',
  'acceptingNewPatients',
] as const satisfies Keys<Result['locations'][number]>
// Fails to compile if the generated type gains a field the lists above lack.
const exhaustive: [
  Exactly<Result['clinics'][number], typeof CLINIC_KEYS>,
  Exactly<Result['vendors'][number], typeof VENDOR_KEYS>,
  Exactly<Result['contacts'][number], typeof CONTACT_KEYS>,
  Exactly<Result['locations'][number], typeof LOCATION_KEYS>,
] = [CLINIC_KEYS, VENDOR_KEYS, CONTACT_KEYS, LOCATION_KEYS]

describe('the generated query types', () => {
  it('have no field that drifted from the model (checked by the type check)', () => {
    expect(drift).toEqual([[], [], [], []])
  })

  it('name exactly the fields SITE_QUERY returns for the sample', async () => {
    const docs = applyPerspective(await readDataset(SAMPLE_PATH), 'published')
    const result = (await runQuery(SITE_QUERY, docs)) as Result
    const keysOf = (list: object[]) => [...new Set(list.flatMap((doc) => Object.keys(doc)))].sort()
    const [clinics, vendors, contacts, locations] = exhaustive
    expect(keysOf(result.clinics)).toEqual([...clinics].sort())
    expect(keysOf(result.vendors)).toEqual([...vendors].sort())
    expect(keysOf(result.contacts)).toEqual([...contacts].sort())
    expect(keysOf(result.locations)).toEqual([...locations].sort())
    // And a result of that type is what the model accepts.
    expect(checkSite(result).ok).toBe(true)
  })
})
