/** @jest-environment node */
import { contrastRatio, BRAND_MIN_CONTRAST } from '@doorway/content/rules'
import { GET } from '@/app/brand/colors/[file]/route'
import {
  brandStylesheet,
  brandStylesheetPath,
  darkBrandColor,
  parseBrandStylesheetFile,
} from './brand-style'

const WHITE = '#ffffff'
// The tints a brand colour meets in globals.css: the header Sign in's hover (--wash).
const WASH = '#f3f6f5'

describe('the brand stylesheet’s address spells its colours', () => {
  it.each([
    [{ mainColor: '#a33a14', secondColor: '#1f5132' }, '/brand/colors/a33a14-1f5132.css'],
    [{ mainColor: '#a33a14', secondColor: null }, '/brand/colors/a33a14-x.css'],
    [{ mainColor: null, secondColor: '#1f5132' }, '/brand/colors/x-1f5132.css'],
  ])('%o → %s, and back', (colors, path) => {
    expect(brandStylesheetPath(colors)).toBe(path)
    expect(parseBrandStylesheetFile(path.split('/').pop()!)).toEqual(colors)
  })

  it('is none without colours: the site’s own look, no extra request', () => {
    expect(brandStylesheetPath({ mainColor: null, secondColor: null })).toBeNull()
  })

  it.each([
    ['x-x.css'],
    ['e07b39-x.css'], // too light: the build refuses it, so the site never serves it
    ['a33a14-ffcc00.css'],
    ['A33A14-x.css'],
    ['a33a14.css'],
    ['a33a14-1f5132.css.map'],
    ['../a33a14-x.css'],
    ['a33a14-x.css;}body{display:none'],
  ])('refuses %s', (file) => {
    expect(parseBrandStylesheetFile(file)).toBeNull()
  })
})

describe('the brand stylesheet', () => {
  it('sets only custom properties, over globals.css’s, for the colours given', () => {
    expect(brandStylesheet({ mainColor: '#a33a14', secondColor: '#1f5132' })).toBe(
      `:root:root{--brand:#a33a14;--brand-dark:${darkBrandColor('#a33a14')};--heading:#1f5132}\n`,
    )
    expect(brandStylesheet({ mainColor: null, secondColor: '#1f5132' })).toBe(
      ':root:root{--heading:#1f5132}\n',
    )
  })

  it('derives a darker shade that reads on white and on the hover tint, for every colour the rule passes', () => {
    for (let r = 0; r < 256; r += 17)
      for (let g = 0; g < 256; g += 17)
        for (let b = 0; b < 256; b += 17) {
          const main = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
          if (contrastRatio(main, WHITE) < BRAND_MIN_CONTRAST) continue
          const dark = darkBrandColor(main)
          expect(contrastRatio(dark, WHITE)).toBeGreaterThanOrEqual(7)
          expect(contrastRatio(dark, WASH)).toBeGreaterThanOrEqual(BRAND_MIN_CONTRAST)
          if (main !== '#000000')
            expect(contrastRatio(dark, WHITE)).toBeGreaterThan(contrastRatio(main, WHITE))
        }
  })

  it('is served as CSS, cached for a year, and 404 for anything else', async () => {
    const get = (file: string) =>
      GET(new Request(`http://localhost/brand/colors/${file}`), {
        params: Promise.resolve({ file }),
      })
    const ok = await get('a33a14-1f5132.css')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(ok.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await ok.text()).toBe(brandStylesheet({ mainColor: '#a33a14', secondColor: '#1f5132' }))
    expect((await get('e07b39-x.css')).status).toBe(404)
    expect((await get('x-x.css')).status).toBe(404)
  })
})
