import type { Brand } from '@doorway/content/site'
import { checkBrandColor, contrastRatio, darkerShade } from '@doorway/content/rules'

/**
 * The clinic's colours reach the pages as a tiny same-origin stylesheet whose address spells the
 * colours (`/brand/colors/a33a14-1f5132.css`): the CSP (`style-src 'self'`) allows it with no
 * inline style and no hash, it is a pure function of its address (cached for a year, no content
 * read to serve it), and a publish changes it without a rebuild because the re-rendered pages
 * (the webhook revalidates them) link to the new address. No colours: no stylesheet, the site's
 * own look. Data only: published pages import it.
 */

type BrandColors = Pick<Brand, 'mainColor' | 'secondColor'>

const NONE = 'x'
const FILE = /^([0-9a-f]{6}|x)-([0-9a-f]{6}|x)\.css$/

/** The stylesheet's path for `brand`'s colours, or null when it has none: the one place it is written. */
export function brandStylesheetPath({ mainColor, secondColor }: BrandColors): string | null {
  if (mainColor === null && secondColor === null) return null
  const part = (color: string | null) => (color === null ? NONE : color.slice(1))
  return `/brand/colors/${part(mainColor)}-${part(secondColor)}.css`
}

/**
 * The colours a stylesheet file name (`a33a14-1f5132.css`) spells, or null when it is not one
 * `brandStylesheetPath` makes or a colour fails `checkBrandColor`: the site never serves a colour
 * the build would refuse.
 */
export function parseBrandStylesheetFile(file: string): BrandColors | null {
  const match = FILE.exec(file)
  if (match === null || (match[1] === NONE && match[2] === NONE)) return null
  const color = (part: string | undefined, field: 'main color' | 'second color') => {
    if (part === undefined || part === NONE) return { ok: true as const, value: null }
    return checkBrandColor(`#${part}`, field)
  }
  const main = color(match[1], 'main color')
  const second = color(match[2], 'second color')
  return main.ok && second.ok ? { mainColor: main.value, secondColor: second.value } : null
}

/**
 * The darker shade of the main colour for hover states and for the header's Sign in (text on
 * white or on the light grey of a hover): at least 7 to 1 with white, and visibly darker.
 */
export function darkBrandColor(mainColor: string): string {
  return darkerShade(
    mainColor,
    Math.min(21, Math.max(7, contrastRatio(mainColor, '#ffffff') * 1.25)),
  )
}

/**
 * The stylesheet: custom properties only (globals.css decides where each is used). `--brand` is
 * a background under white text and a border; `--brand-dark` text on white; `--heading` headings
 * on white (cards and notices on a tint keep the ink colour).
 */
export function brandStylesheet({ mainColor, secondColor }: BrandColors): string {
  const properties = [
    ...(mainColor === null
      ? []
      : [`--brand:${mainColor}`, `--brand-dark:${darkBrandColor(mainColor)}`]),
    ...(secondColor === null ? [] : [`--heading:${secondColor}`]),
  ]
  // `:root:root` outweighs globals.css's `:root`, whichever stylesheet the page links first.
  return `:root:root{${properties.join(';')}}\n`
}
