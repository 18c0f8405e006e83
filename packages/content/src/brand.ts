/**
 * The clinic's look: its logo (a Sanity image) and brand colours, as the pages get them.
 * Browser-safe: no file system here (the local image files are `sources.ts`'s).
 */

import type { RuleResult } from './rules'

/** Logo file types the site shows, by the extension Sanity gives the asset, with their names. */
export const LOGO_TYPES = {
  svg: { name: 'SVG', mime: 'image/svg+xml' },
  png: { name: 'PNG', mime: 'image/png' },
  jpg: { name: 'JPEG', mime: 'image/jpeg' },
  webp: { name: 'WebP', mime: 'image/webp' },
} as const
export type LogoExtension = keyof typeof LOGO_TYPES
const LOGO_EXTENSIONS = Object.keys(LOGO_TYPES) as LogoExtension[]

/** "SVG, PNG, JPEG or WebP". */
export const LOGO_TYPE_NAMES = LOGO_EXTENSIONS.map((ext) => LOGO_TYPES[ext].name)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1')

/** What the build and the Studio say when the logo has no description. */
export const LOGO_ALT_MISSING =
  'The logo has no description for people who cannot see it (alt text). Type what the logo says, usually your clinic’s name, for example "Maple Grove Pediatrics".'

/** The Studio's `accept` for the logo field: the same types, as MIME types. */
export const LOGO_ACCEPT = LOGO_EXTENSIONS.map((ext) => LOGO_TYPES[ext].mime).join(',')

/** The logo's height in the header, in CSS pixels: its width follows its proportions. */
export const LOGO_HEIGHT = 40

/** A Sanity image asset, from its id `image-<sha1>-<width>x<height>-<extension>`. */
export interface ImageAsset {
  /** The file name Sanity stores it under: `<sha1>-<width>x<height>.<extension>`. */
  file: string
  width: number
  height: number
  extension: LogoExtension
}

const IMAGE_REF = /^image-([0-9a-f]{40})-([1-9]\d{0,4})x([1-9]\d{0,4})-([a-z0-9]+)$/

/** An image asset id as `ImageAsset`, or null when it is not one (or not a type the site shows). */
export function parseImageRef(ref: unknown): ImageAsset | null {
  const match = typeof ref === 'string' ? IMAGE_REF.exec(ref) : null
  if (match === null) return null
  const [, hash, w, h, ext] = match as unknown as [string, string, string, string, string]
  const extension = LOGO_EXTENSIONS.find((known) => known === ext)
  if (extension === undefined) return null
  return {
    file: `${hash}-${w}x${h}.${extension}`,
    width: Number(w),
    height: Number(h),
    extension,
  }
}

/**
 * Checks the logo's asset reference: an image the site can show. The build and the Studio say
 * the same when it is not.
 */
export function checkLogoAsset(ref: unknown): RuleResult<ImageAsset> {
  const asset = parseImageRef(ref)
  if (asset !== null) return { ok: true, value: asset }
  return {
    ok: false,
    message: `The logo cannot be shown on the website. Upload it as ${LOGO_TYPE_NAMES} (SVG is best: it stays sharp at every size), or remove it.`,
  }
}

/** Where image files come from: Sanity's image CDN, or this site (local mode, the sample). */
export type ImageSource = { kind: 'sanity'; projectId: string; dataset: string } | { kind: 'local' }

/** Sanity's image CDN: the one other origin a page may load anything from, in Sanity mode only. */
export const SANITY_IMAGE_ORIGIN = 'https://cdn.sanity.io'

/** Where the site serves a local dataset's image file: the one place this path is written. */
export function localImagePath(file: string): string {
  return `/brand/images/${file}`
}

/** Whether `file` is a name `localImagePath` may serve: exactly one `parseImageRef` makes, no other path. */
export function isImageFile(file: string): boolean {
  // The asset id is the file name with its last dot made a dash.
  return parseImageRef(`image-${file.replace(/\.([^.]*)$/, '-$1')}`)?.file === file
}

/** The logo as the header shows it: explicit width and height (no layout shift) and its sources. */
export interface Logo {
  alt: string
  /** The displayed size in CSS pixels: `LOGO_HEIGHT` tall, as wide as its proportions make it. */
  width: number
  height: number
  src: string
  /** Raster files on Sanity's CDN: the 1x, 2x and 3x sizes; null for SVG and for local files. */
  srcSet: string | null
}

/** The header's logo for `asset`, from `source`. */
export function logoImage(asset: ImageAsset, alt: string, source: ImageSource): Logo {
  const height = LOGO_HEIGHT
  const size = { alt, width: Math.round((asset.width * height) / asset.height), height }
  if (source.kind === 'local') return { ...size, src: localImagePath(asset.file), srcSet: null }
  const url = `${SANITY_IMAGE_ORIGIN}/images/${source.projectId}/${source.dataset}/${asset.file}`
  if (asset.extension === 'svg') return { ...size, src: url, srcSet: null }
  // The CDN scales on `h` and never enlarges (`fit=max`); the original is the limit.
  const sized = (scale: number) => `${url}?h=${height * scale}&fit=max`
  return {
    ...size,
    src: sized(1),
    srcSet: [1, 2, 3].map((scale) => `${sized(scale)} ${scale}x`).join(', '),
  }
}

/** The clinic's look on every page; all null is the site's own look. */
export interface Brand {
  logo: Logo | null
  /** `#rrggbb` that passed `checkBrandColor`: the header band, buttons, borders. */
  mainColor: string | null
  /** `#rrggbb` that passed `checkBrandColor`: headings. */
  secondColor: string | null
}
