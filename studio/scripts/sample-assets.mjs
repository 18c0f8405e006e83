// The sample keeps its images as Sanity stores them in a dataset, an image object with an asset
// reference (`{ _type: 'image', asset: { _ref: 'image-<sha1>-<W>x<H>-<ext>' } }`), and their files
// in `images/` beside it, where the site reads them in local mode. A Content Lake has no such
// asset until it is uploaded, so for `sanity dataset import` each such image becomes an import
// instruction instead: `_sanityAsset: 'image@file:///…/images/<sha1>-<W>x<H>.<ext>'`, which the
// import uploads (Sanity names an asset by its SHA-1, so it gets the same id back).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

function rewrite(value, images, missing) {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, images, missing))
  if (typeof value !== 'object' || value === null) return value
  const asset = value._type === 'image' ? images.parseImageRef(value.asset?._ref) : null
  if (asset !== null) {
    const file = join(images.dir, asset.file)
    if (!existsSync(file)) missing.push(file)
    const { asset: _, ...rest } = value
    return { ...rest, _sanityAsset: `image@${pathToFileURL(file).href}` }
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, rewrite(child, images, missing)]),
  )
}

/**
 * The dataset `ndjson` (its text) with every image asset reference turned into an upload of its
 * file in `images.dir`, read with `images.parseImageRef` (`@doorway/content/brand`'s, passed in:
 * this plain script cannot import TypeScript); throws naming any file that is not there.
 */
export function withUploadableImages(ndjson, images) {
  const missing = []
  const lines = ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.stringify(rewrite(JSON.parse(line), images, missing)))
  if (missing.length > 0) throw new Error(`image files are missing: ${missing.join(', ')}`)
  return `${lines.join('\n')}\n`
}
