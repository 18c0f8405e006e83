import type { RuleResult } from './rules'

/**
 * The brand-colour rule: WCAG 2.x contrast of a clinic's colour with white. The site uses a
 * brand colour only as text on white and as a background under white text, and contrast is
 * symmetric, so one ratio decides both places. Browser-safe: the Studio validates with it and
 * `check` (the build) runs the very same function.
 */

/** WCAG 2.x AA for normal text: 4.5 to 1. */
export const BRAND_MIN_CONTRAST = 4.5

/** `#rgb` or `#rrggbb`, any case, spaces around allowed, as lower-case `#rrggbb`; or null. */
export function parseHexColor(value: unknown): string | null {
  const hex = typeof value === 'string' ? value.trim() : ''
  if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return null
  const digits = hex.slice(1).toLowerCase()
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`
}

/** The red, green and blue of a `#rrggbb` colour, 0 to 255. */
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

/** WCAG 2.x relative luminance of a `#rrggbb` colour (0 black … 1 white). */
function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, from 1 to 21 (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)]
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map((c) => c / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const l = (max + min) / 2
  if (max === min) return [0, 0, l]
  const d = max - min
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min)
  const h =
    max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return [h / 6, s, l]
}

function fromHsl([h, s, l]: [number, number, number]): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    let v = p
    if (u < 1 / 6) v = p + (q - p) * 6 * u
    else if (u < 1 / 2) v = q
    else if (u < 2 / 3) v = p + (q - p) * (2 / 3 - u) * 6
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`
}

/**
 * The nearest darker shade of `hex` (same hue and saturation, lightness lowered a quarter of an
 * HSL percent at a time) whose contrast with white is at least `min`: `hex` itself when it already has it.
 * Darker only ever adds contrast with white, and black has 21 to 1, so there always is one.
 */
export function darkerShade(hex: string, min: number = BRAND_MIN_CONTRAST): string {
  const [h, s, l] = toHsl(hex)
  for (let step = 0; step <= 400; step += 1) {
    const shade = step === 0 ? hex : fromHsl([h, s, Math.max(0, l - step / 400)])
    if (contrastRatio(shade, '#ffffff') >= min) return shade
  }
  return '#000000'
}

export type BrandColorField = 'main color' | 'second color'

/**
 * Checks a brand colour for the places the site uses it (text on white, white text on it):
 * a hex code whose contrast with white is at least 4.5 to 1. Returns it as `#rrggbb`; a refusal
 * names the field and gives the nearest darker shade that passes.
 */
export function checkBrandColor(value: unknown, field: BrandColorField): RuleResult<string> {
  const hex = parseHexColor(value)
  const what = `The ${field}`
  if (hex === null) {
    return {
      ok: false,
      message: `${what} must be a hex code: # and six digits or letters from a to f, for example #0b5a4a (your logo designer or brand guide has it).`,
    }
  }
  const ratio = contrastRatio(hex, '#ffffff')
  if (ratio >= BRAND_MIN_CONTRAST) return { ok: true, value: hex }
  const shade = darkerShade(hex)
  return {
    ok: false,
    message: `${what} ${hex} is too light to read: white text on it, and text in it on white, have a contrast of ${(Math.floor(ratio * 100) / 100).toFixed(2)} to 1, and people need at least 4.5 to 1 (WCAG AA). The nearest darker shade that passes is ${shade}: use that, or choose a darker color.`,
  }
}
