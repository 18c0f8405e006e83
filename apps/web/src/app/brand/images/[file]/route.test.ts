/** @jest-environment node */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findRepoRoot, SAMPLE_DATASET_PATH } from '@doorway/content'
import { GET } from './route'

// Local mode (no Sanity project in the test environment): the sample's logo is served by the
// site itself, from images/ beside the dataset file, and nothing else is.

const FILE = '7d6e9ed7df6146774dcba3007f08c90f404306ef-220x48.svg'
const get = (file: string) =>
  GET(new Request(`http://localhost/brand/images/${encodeURIComponent(file)}`), {
    params: Promise.resolve({ file }),
  })

describe('/brand/images/<file> in local mode', () => {
  it('serves the sample’s logo as SVG, byte for byte, cached for a year', async () => {
    const response = await get(FILE)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const file = join(findRepoRoot()!, SAMPLE_DATASET_PATH, '..', 'images', FILE)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(file))
  })

  it.each([
    ['../clinic.ndjson'],
    ['..%2Fclinic.ndjson'],
    ['README.md'],
    [`${FILE.replace('.svg', '.png')}`], // a name it could serve, but no such file
    [`${FILE}.map`],
  ])('answers 404 for %s', async (file) => {
    expect((await get(file)).status).toBe(404)
  })
})
