import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NextApiRequest, NextApiResponse } from 'next'
import { settleFor, settleWarning } from '@/lib/publish-wait'
import { checkPublishedContent, handleRevalidateWebhook } from '@/lib/revalidate-webhook'
import { webEnv } from '@/lib/server-env'

// The signature covers the exact bytes Sanity sent, so the body is read raw, not parsed.
export const config = { api: { bodyParser: false } }

/** A webhook body is a small projection; anything larger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024

/**
 * The Sanity webhook: checks the signature, then re-renders each page the changed document
 * shows on. A Pages API route, because only its `res.revalidate(path)` reaches the published
 * (Pages Router) pages; cache tags do not.
 */
export default async function revalidate(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('cache-control', 'no-store')
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST')
    return res.status(405).json({ revalidated: false, message: 'Use POST.' })
  }
  const raw = await readBody(req, MAX_BODY_BYTES)
  if (raw === null) {
    return res.status(413).json({ revalidated: false, message: 'The webhook body is too large.' })
  }
  const env = webEnv()
  // Sanity mode: until the Content Lake shows the webhook's revision (capped); local mode: no wait.
  const waitFor = settleFor(env.content)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const request = new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers,
    body: raw,
  })
  const result = await handleRevalidateWebhook(request, {
    secret: env.sanityWebhookSecret,
    revalidatePath: (path) => res.revalidate(path),
    isPrerendered: (path) => prerenderedPaths(env.distDir).has(path),
    settle: async (change) => {
      const outcome = await waitFor(change)
      const warning = settleWarning(change, outcome)
      if (warning !== null) console.warn(warning)
      return outcome
    },
    checkPublished: () => checkPublishedContent(env.content),
  })
  if (result.status === 422) console.error(`[doorway] Revalidation refused. ${result.body.message}`)
  if (result.status === 500) console.error(`[doorway] ${result.body.message}`)
  return res.status(result.status).json(result.body)
}

/** The request body as text, or null once it passes `limit` bytes. */
async function readBody(req: NextApiRequest, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > limit) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

let prerendered: Set<string> | undefined

/** The paths this build prerendered (Next.js's prerender manifest), read once. */
function prerenderedPaths(distDir: string): Set<string> {
  if (prerendered === undefined) {
    const manifest = JSON.parse(
      readFileSync(join(process.cwd(), distDir, 'prerender-manifest.json'), 'utf8'),
    ) as { routes: Record<string, unknown> }
    prerendered = new Set(Object.keys(manifest.routes))
  }
  return prerendered
}
