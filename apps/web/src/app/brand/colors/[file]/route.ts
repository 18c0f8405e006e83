import { brandStylesheet, parseBrandStylesheetFile } from '@/lib/brand-style'

/**
 * `/brand/colors/<main>-<second>.css`: the clinic's colours as CSS custom properties (see
 * `lib/brand-style.ts`). Its address says everything it holds, so it is cached for a year.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const colors = parseBrandStylesheetFile((await params).file)
  if (colors === null) return new Response('Not found', { status: 404 })
  return new Response(brandStylesheet(colors), {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
