/** @jest-environment node */
import type { PortalHref } from '@doorway/portal-link'
import { checked } from '@/test/fixture'
import { assertPlainQrSvg, handoutQrSvg } from './qr-code'

const SIGN_UP = 'https://mychart.maplegrovehealth.example/MyChart/signup'

describe('handoutQrSvg', () => {
  it('makes one plain SVG: a square viewBox, a white background, black modules', async () => {
    const svg = await handoutQrSvg(checked(SIGN_UP))
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 41 41" /)
    expect(svg.match(/<[a-z]+\b/g)).toEqual(['<svg', '<path', '<path'])
    expect(svg).toContain('<path fill="#ffffff" d="M0 0h41v41H0z"/>')
    expect(svg).toContain('<path stroke="#000000" d="M4 4.5h7')
  })

  it('grows with the address, with the 4-module quiet zone around it', async () => {
    // A long vendor address (an athenahealth-style host and a deep path) needs a bigger symbol.
    const long = checked(
      `https://mychart.maplegrovehealth.example/MyChart/accesscheck.asp?${'x'.repeat(150)}`,
    )
    const short = await handoutQrSvg(checked(SIGN_UP))
    const big = await handoutQrSvg(long)
    const size = (svg: string) => Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1])
    expect(size(big)).toBeGreaterThan(size(short))
    // 4 modules of quiet zone on each side: the first module row starts at x=4, y=4.5.
    expect(big).toContain('d="M4 4.5h7')
  })

  it('encodes a different symbol for a different address (the QR follows the content)', async () => {
    const signIn = await handoutQrSvg(checked('https://mychart.maplegrovehealth.example/MyChart/'))
    expect(signIn).not.toEqual(await handoutQrSvg(checked(SIGN_UP)))
  })

  it('takes only a checked portal address: a plain string does not compile', () => {
    // Never called: the type check is the test (`@ts-expect-error` fails it if the line compiles).
    const typeCheckOnly = () =>
      // @ts-expect-error: a plain string is not a PortalHref; only checkPortalLink makes one.
      handoutQrSvg('https://maplegrovepediatrics.example/portal')
    expect(typeof typeCheckOnly).toBe('function')
  })

  it.each([
    'javascript:alert(1)',
    'http://mychart.maplegrovehealth.example/MyChart/',
    'https://user:pw@mychart.maplegrovehealth.example/',
    '/portal',
  ])('refuses %s smuggled in by a cast, making no QR code', async (href) => {
    await expect(handoutQrSvg(href as PortalHref)).rejects.toThrow(/The QR code refused/)
  })
})

describe('assertPlainQrSvg refuses anything but the plain QR SVG before it reaches the page', () => {
  let plain: string
  beforeAll(async () => {
    plain = await handoutQrSvg(checked(SIGN_UP))
  })

  it('passes what qrcode writes', () => {
    expect(assertPlainQrSvg(plain)).toBe(plain)
  })

  it.each([
    ['a script element', (svg: string) => svg.replace('</svg>', '<script>alert(1)</script></svg>')],
    ['an event handler', (svg: string) => svg.replace('<svg ', '<svg onload="alert(1)" ')],
    [
      'a link',
      (svg: string) =>
        svg
          .replace('<path fill', '<a href="https://evil.example"><path fill')
          .replace('</svg>', '</a></svg>'),
    ],
    [
      'a foreignObject',
      (svg: string) => svg.replace('</svg>', '<foreignObject><p>hi</p></foreignObject></svg>'),
    ],
    ['a style', (svg: string) => svg.replace('</svg>', '<style>*{display:none}</style></svg>')],
    ['an entity in the path data', (svg: string) => svg.replace('M4 4.5', 'M4&#x20;4.5')],
    [
      'a quote breaking out of the path data',
      (svg: string) => svg.replace('M4 4.5h7', 'M4 4.5h7" onclick="x'),
    ],
    ['a different colour', (svg: string) => svg.replace('#000000', '#777777')],
    [
      'a non-square viewBox',
      (svg: string) => svg.replace('viewBox="0 0 41 41"', 'viewBox="0 0 41 40"'),
    ],
    ['text before the SVG', (svg: string) => `<p>hello</p>${svg}`],
    ['text after the SVG', (svg: string) => `${svg}<img src=x>`],
    ['nothing at all', () => ''],
  ])('refuses %s', (_, change) => {
    expect(() => assertPlainQrSvg(change(plain))).toThrow(/not the plain SVG expected/)
  })
})
