import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { findRepoRoot, SAMPLE_DATASET_PATH } from '@doorway/content'
import { parseImageRef } from '@doorway/content/brand'
// @ts-expect-error -- a plain .mjs script, without types
import { withUploadableImages } from '../scripts/sample-assets.mjs'

// `npm run import-sample-data` uploads the sample's logo file with the documents: the image's
// asset reference becomes the `_sanityAsset` instruction `sanity dataset import` reads.

const sampleFile = join(findRepoRoot()!, SAMPLE_DATASET_PATH)
const imagesDir = join(sampleFile, '..', 'images')
const images = { dir: imagesDir, parseImageRef }
const FILE = '7d6e9ed7df6146774dcba3007f08c90f404306ef-220x48.svg'

test('the logo of the clinic and of its draft becomes an upload of its file; nothing else changes', () => {
  const text = readFileSync(sampleFile, 'utf8')
  const out = (withUploadableImages(text, images) as string)
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  const before = text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(out).toHaveLength(before.length)
  for (const [i, doc] of out.entries()) {
    if (doc._type !== 'clinic') {
      expect(doc).toEqual(before[i])
      continue
    }
    expect(doc.brand.logo).toEqual({
      _type: 'image',
      alt: 'Maple Grove Pediatrics',
      _sanityAsset: `image@${pathToFileURL(join(imagesDir, FILE)).href}`,
    })
    expect({ ...doc, brand: undefined }).toEqual({ ...before[i], brand: undefined })
  }
})

test('a reference to an image whose file is missing stops the import, naming the file', () => {
  const line = JSON.stringify({
    _id: 'clinic',
    _type: 'clinic',
    brand: { logo: { _type: 'image', asset: { _ref: `image-${'0'.repeat(40)}-10x10-png` } } },
  })
  expect(() => withUploadableImages(line, images)).toThrow(`${'0'.repeat(40)}-10x10.png`)
})
