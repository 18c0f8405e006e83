import type { RawDocument } from '@doorway/content'
import { LOGO_ACCEPT, LOGO_ALT_MISSING } from '@doorway/content/brand'
import { checkBrandColor, checkLogoAsset } from '@doorway/content/rules'
import type { ObjectSchemaType } from 'sanity'
import { copyOf, errorsOf, loadSample, schema, type Marker } from './harness'

// The clinic's logo and colours: the Studio refuses what the website build refuses, with the
// content package's own messages (the build's side is packages/content/test/brand.test.ts).

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function clinicWith(change: (brand: Doc) => void): RawDocument {
  const doc = copyOf(sample, 'clinic') as Doc
  change(doc.brand)
  return doc as RawDocument
}

const error = (path: string, message: string): Marker => ({ level: 'error', path, message })

function refusal(value: string, field: 'main color' | 'second color'): string {
  const result = checkBrandColor(value, field)
  if (result.ok) throw new Error(`${value} unexpectedly passes`)
  return result.message
}

describe('brand colours: WCAG AA contrast with white (4.5 to 1), as the build checks it', () => {
  test('the sample’s colours pass, and so do none', async () => {
    expect(
      await errorsOf(
        clinicWith(() => {}),
        sample,
      ),
    ).toEqual([])
    const plain = clinicWith((brand) => {
      delete brand.mainColor
      delete brand.secondColor
      delete brand.logo
    })
    expect(await errorsOf(plain, sample)).toEqual([])
  })

  test.each([
    ['mainColor', 'main color', '#e07b39', '#bb5b1d'],
    ['mainColor', 'main color', '#777777', '#767676'],
    ['secondColor', 'second color', '#ffcc00', '#907300'],
  ] as const)(
    '%s %s too light is refused, naming the shade that passes (%s → %s)',
    async (field, name, value, shade) => {
      const clinic = clinicWith((brand) => {
        brand[field] = value
      })
      const message = refusal(value, name)
      expect(message).toContain(`The nearest darker shade that passes is ${shade}`)
      expect(await errorsOf(clinic, sample)).toEqual([error(`brand.${field}`, message)])
      // …and the suggested shade is accepted.
      const fixed = clinicWith((brand) => {
        brand[field] = shade
      })
      expect(await errorsOf(fixed, sample)).toEqual([])
    },
  )

  test.each([['green'], ['0b5a4a'], ['#0b5a4a80']])('%s is not a hex code', async (value) => {
    const clinic = clinicWith((brand) => {
      brand.secondColor = value
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('brand.secondColor', refusal(value, 'second color')),
    ])
  })
})

describe('the logo', () => {
  test('without its description (alt text) is refused with the build’s message', async () => {
    for (const alt of [undefined, '   ']) {
      const clinic = clinicWith((brand) => {
        if (alt === undefined) delete brand.logo.alt
        else brand.logo.alt = alt
      })
      expect(await errorsOf(clinic, sample)).toEqual([error('brand.logo.alt', LOGO_ALT_MISSING)])
    }
  })

  test('a description without an image asks for the image', async () => {
    const clinic = clinicWith((brand) => {
      delete brand.logo.asset
    })
    expect(await errorsOf(clinic, sample)).toEqual([
      error('brand.logo.asset', 'Upload the logo, or remove its description.'),
    ])
  })

  test('a file type the website cannot show is refused with the build’s message', async () => {
    const ref = 'image-7d6e9ed7df6146774dcba3007f08c90f404306ef-220x48-tiff'
    const clinic = clinicWith((brand) => {
      brand.logo.asset._ref = ref
    })
    const result = checkLogoAsset(ref)
    const errors = await errorsOf(clinic, sample)
    expect(errors).toContainEqual(error('brand.logo.asset', !result.ok ? result.message : ''))
  })

  test('the upload offers exactly the types the website shows', () => {
    const brand = schema.get('brand') as ObjectSchemaType
    const logo = brand.fields.find((field) => field.name === 'logo')!
    expect((logo.type.options as { accept?: string }).accept).toBe(LOGO_ACCEPT)
  })
})
