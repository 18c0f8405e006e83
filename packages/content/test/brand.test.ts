import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { localImageFile, type ContentEnv } from '../src'
import {
  checkLogoAsset,
  isImageFile,
  localImagePath,
  logoImage,
  parseImageRef,
  LOGO_ACCEPT,
  LOGO_TYPE_NAMES,
  type ImageSource,
} from '../src/brand'
import {
  BRAND_MIN_CONTRAST,
  checkBrandColor,
  contrastRatio,
  darkerShade,
  parseHexColor,
} from '../src/rules'
import { parseNdjson } from '../src/sources'
import { check, problemsOf, SAMPLE_PATH, sampleDocs } from './helpers'

const WHITE = '#ffffff'

describe('contrastRatio (WCAG 2.x relative luminance)', () => {
  // Reference values: WCAG's own extremes, and the greys every contrast checker agrees on.
  it.each([
    ['#000000', WHITE, 21],
    [WHITE, WHITE, 1],
    ['#767676', WHITE, 4.54],
    ['#777777', WHITE, 4.48],
    ['#0000ff', WHITE, 8.59],
    ['#ff0000', WHITE, 4.0],
    ['#008000', WHITE, 5.14],
  ])('%s on %s is %d to 1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2)
    expect(contrastRatio(b, a)).toBe(contrastRatio(a, b))
  })
})

describe('parseHexColor', () => {
  it.each([
    ['#0B5A4A', '#0b5a4a'],
    [' #0b5a4a ', '#0b5a4a'],
    ['#abc', '#aabbcc'],
    ['#0b5a4a80', null],
    ['0b5a4a', null],
    ['#0b5a4', null],
    ['#ggg', null],
    ['green', null],
    ['rgb(11, 90, 74)', null],
    [7, null],
  ])('%p is %p', (input, expected) => {
    expect(parseHexColor(input)).toBe(expected)
  })
})

describe('checkBrandColor: text on white and white on the colour, 4.5 to 1', () => {
  it.each([
    ['#000000', '#000000'],
    ['#0b5a4a', '#0b5a4a'], // the site's own green
    ['#1f5132', '#1f5132'], // the sample's main colour
    ['#7a3e12', '#7a3e12'], // the sample's second colour
    ['#a33a14', '#a33a14'], // the sample logo's leaf
    ['#767676', '#767676'], // the lightest grey that passes
    ['#ABC', null],
  ])('%s passes as %s', (input, value) => {
    const result = checkBrandColor(input, 'main color')
    if (value === null) expect(result.ok).toBe(false)
    else expect(result).toEqual({ ok: true, value })
  })

  it.each([
    ['#777777', '#767676'],
    ['#e07b39', '#bb5b1d'],
    ['#ffcc00', '#907300'],
    ['#ffffff', '#767676'],
    ['#abc', '#5b7998'],
    ['#ff0000', '#ee0000'],
  ])('%s fails and suggests the nearest darker shade %s, which passes', (input, shade) => {
    const result = checkBrandColor(input, 'main color')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain(`The nearest darker shade that passes is ${shade}`)
    expect(result.message).toMatch(/^The main color #[0-9a-f]{6} is too light to read/)
    expect(checkBrandColor(shade, 'main color')).toEqual({ ok: true, value: shade })
    expect(contrastRatio(shade, WHITE)).toBeGreaterThanOrEqual(BRAND_MIN_CONTRAST)
  })

  it('never rounds a failing ratio up to a passing one', () => {
    const result = checkBrandColor('#777777', 'second color')
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('4.47 to 1') })
    if (!result.ok) expect(result.message).toMatch(/^The second color/)
  })

  it.each([['green'], ['#0b5a4'], [''], [42]])('%p is not a hex code', (input) => {
    expect(checkBrandColor(input, 'second color')).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The second color must be a hex code: .* for example #0b5a4a/,
      ),
    })
  })

  it('suggests a shade for every colour, and the shade passes and is the colour’s own when it passes', () => {
    // A sweep over the colour cube: every suggestion passes, and a passing colour is kept.
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
          const shade = darkerShade(hex)
          expect(contrastRatio(shade, WHITE)).toBeGreaterThanOrEqual(BRAND_MIN_CONTRAST)
          if (contrastRatio(hex, WHITE) >= BRAND_MIN_CONTRAST) expect(shade).toBe(hex)
        }
  })
})

const HASH = '7d6e9ed7df6146774dcba3007f08c90f404306ef'

describe('the logo image', () => {
  it.each([
    [`image-${HASH}-220x48-svg`, { file: `${HASH}-220x48.svg`, width: 220, height: 48 }],
    [`image-${HASH}-1200x300-png`, { file: `${HASH}-1200x300.png`, width: 1200, height: 300 }],
    [`image-${HASH}-20x20-jpg`, { file: `${HASH}-20x20.jpg`, width: 20, height: 20 }],
  ])('%s is read from its id', (ref, expected) => {
    expect(parseImageRef(ref)).toMatchObject(expected)
    expect(checkLogoAsset(ref)).toMatchObject({ ok: true, value: expected })
  })

  it.each([
    [`image-${HASH}-220x48-tiff`],
    [`image-${HASH}-0x48-svg`],
    [`image-${HASH.slice(1)}-220x48-svg`],
    [`file-${HASH}-pdf`],
    [`image-${HASH}-220x48-svg/../../etc`],
    [undefined],
  ])('%s is not a logo the site shows', (ref) => {
    expect(parseImageRef(ref)).toBeNull()
    expect(checkLogoAsset(ref)).toEqual({
      ok: false,
      message: `The logo cannot be shown on the website. Upload it as ${LOGO_TYPE_NAMES} (SVG is best: it stays sharp at every size), or remove it.`,
    })
  })

  it('offers in the Studio exactly the types the site shows', () => {
    expect(LOGO_TYPE_NAMES).toBe('SVG, PNG, JPEG or WebP')
    expect(LOGO_ACCEPT).toBe('image/svg+xml,image/png,image/jpeg,image/webp')
  })

  const svg = parseImageRef(`image-${HASH}-220x48-svg`)!
  const png = parseImageRef(`image-${HASH}-1200x300-png`)!
  const sanity: ImageSource = { kind: 'sanity', projectId: 'abc123', dataset: 'production' }

  it('is 40 px tall with its own proportions, from the site in local mode', () => {
    expect(logoImage(svg, 'Maple Grove Pediatrics', { kind: 'local' })).toEqual({
      alt: 'Maple Grove Pediatrics',
      width: 183,
      height: 40,
      src: `/brand/images/${HASH}-220x48.svg`,
      srcSet: null,
    })
  })

  it('comes from Sanity’s CDN in Sanity mode: SVG as is, raster in 1x, 2x and 3x', () => {
    const base = `https://cdn.sanity.io/images/abc123/production/${HASH}`
    expect(logoImage(svg, 'Logo', sanity)).toMatchObject({
      src: `${base}-220x48.svg`,
      srcSet: null,
    })
    expect(logoImage(png, 'Logo', sanity)).toEqual({
      alt: 'Logo',
      width: 160,
      height: 40,
      src: `${base}-1200x300.png?h=40&fit=max`,
      srcSet: [1, 2, 3].map((n) => `${base}-1200x300.png?h=${40 * n}&fit=max ${n}x`).join(', '),
    })
  })

  it('is served in local mode only from images/ beside the dataset, by its exact file name', () => {
    const local: ContentEnv = { mode: 'local', datasetPath: SAMPLE_PATH }
    const file = `${HASH}-220x48.svg`
    expect(isImageFile(file)).toBe(true)
    expect(localImagePath(file)).toBe(`/brand/images/${file}`)
    expect(localImageFile(local, file)).toBe(join(SAMPLE_PATH, '..', 'images', file))
    expect(existsSync(localImageFile(local, file)!)).toBe(true)
    for (const name of [
      '../clinic.ndjson',
      `${HASH}-220x48.svg/..`,
      'x.svg',
      `${HASH}-220x48.tiff`,
    ])
      expect(localImageFile(local, name)).toBeNull()
    const sanityEnv: ContentEnv = {
      mode: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-09-01',
    }
    expect(localImageFile(sanityEnv, file)).toBeNull()
  })
})

describe('check: the clinic’s brand', () => {
  it('gives the pages the sample’s logo and colours', async () => {
    const result = await check(await sampleDocs())
    if (!result.ok) throw new Error('the sample should pass')
    expect(result.content.brand).toEqual({
      logo: {
        alt: 'Maple Grove Pediatrics',
        width: 183,
        height: 40,
        src: `/brand/images/${HASH}-220x48.svg`,
        srcSet: null,
      },
      mainColor: '#1f5132',
      secondColor: '#7a3e12',
    })
  })

  it('leaves the site’s own look when nothing is set', async () => {
    const docs = await sampleDocs()
    delete docs.clinic.brand
    const result = await check(docs)
    expect(result.ok && result.content.brand).toEqual({
      logo: null,
      mainColor: null,
      secondColor: null,
    })
  })

  it('keeps a colour typed as #rgb or in capitals as #rrggbb', async () => {
    const docs = await sampleDocs()
    docs.clinic.brand.mainColor = '#1F5132'
    docs.clinic.brand.secondColor = '#000'
    const result = await check(docs)
    expect(result.ok && result.content.brand).toMatchObject({
      mainColor: '#1f5132',
      secondColor: '#000000',
    })
  })

  it('refuses a light colour with the same message as the Studio, naming the field', async () => {
    const docs = await sampleDocs()
    docs.clinic.brand.secondColor = '#e07b39'
    const rule = checkBrandColor('#e07b39', 'second color')
    expect(await problemsOf(docs)).toEqual([
      { documentId: 'clinic', path: 'brand.secondColor', message: !rule.ok && rule.message },
    ])
  })

  it('refuses a logo without its description, or without its image', async () => {
    const docs = await sampleDocs()
    docs.clinic.brand.logo.alt = '  '
    expect(await problemsOf(docs)).toEqual([
      {
        documentId: 'clinic',
        path: 'brand.logo.alt',
        message: expect.stringContaining('(alt text)'),
      },
    ])
    delete docs.clinic.brand.logo.asset
    docs.clinic.brand.logo.alt = 'Maple Grove Pediatrics'
    expect(await problemsOf(docs)).toEqual([
      {
        documentId: 'clinic',
        path: 'brand.logo.asset',
        message: 'The logo image is missing. Upload the logo again, or remove it.',
      },
    ])
  })
})

describe('a dataset export’s images', () => {
  it('are read back as the asset references a Content Lake holds, so the same check applies', async () => {
    const docs = await sampleDocs()
    const logo = docs.clinic.brand.logo
    // What `sanity dataset export` writes in place of the reference.
    docs.clinic.brand.logo = {
      _type: 'image',
      alt: logo.alt,
      _sanityAsset: `image@file://./images/${HASH}-220x48.svg`,
    }
    const exported = Object.values(docs)
      .map((doc) => JSON.stringify(doc))
      .join('\n')
    const [clinic] = parseNdjson(exported, 'data.ndjson').filter((doc) => doc._id === 'clinic')
    expect((clinic as { brand?: { logo?: unknown } }).brand?.logo).toEqual({
      _type: 'image',
      alt: 'Maple Grove Pediatrics',
      asset: { _type: 'reference', _ref: logo.asset._ref },
    })
    // Any other `_sanityAsset` (a remote file, another folder) is left as it is.
    const other = parseNdjson(
      JSON.stringify({
        _id: 'x',
        _type: 'post',
        image: { _sanityAsset: 'image@https://example.com/a.png' },
      }),
      'data.ndjson',
    )
    expect(other[0]).toEqual({
      _id: 'x',
      _type: 'post',
      image: { _sanityAsset: 'image@https://example.com/a.png' },
    })
  })
})
