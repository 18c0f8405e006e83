import { readFile } from 'node:fs/promises'
import { localImageFile } from '@doorway/content'
import { LOGO_TYPES, type LogoExtension } from '@doorway/content/brand'
import { webEnv } from '@/lib/env'

/**
 * In local mode, the dataset's image files (the logo), from `images/` beside the dataset file,
 * at `localImagePath(file)`. A file is named by its content's hash, so it is cached for a year.
 * In Sanity mode images come from Sanity's CDN and this answers 404.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params
  const path = localImageFile(webEnv().content, file)
  if (path === null) return new Response('Not found', { status: 404 })
  let body: Buffer
  try {
    body = await readFile(path)
  } catch {
    return new Response('Not found', { status: 404 })
  }
  const extension = file.slice(file.lastIndexOf('.') + 1) as LogoExtension
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': LOGO_TYPES[extension].mime,
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
