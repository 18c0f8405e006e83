import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NextApiRequest, NextApiResponse } from 'next'
import { settleFor, settleWarning } from '@/lib/publish-wait'
import { lastGood } from '@/lib/published-content'
import {
  checkPublishedContent,
  createReplayGuard,
  handleRevalidateWebhook,
} from '@/lib/revalidate-webhook'
import { webEnv } from '@/lib/server-env'

// The signature covers the exact bytes Sanity sent, so the body is read raw, not parsed.
export const config = { api: { bodyParser: false } }

/** A webhook body is a small projection (a few hundred bytes); anything larger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024

// Signatures handled by this process, each until it is too old to be accepted anyway.
const replays = createReplayGuard()

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
  // Refused before a byte is read, whatever the headers say, when the declared size is too big;
  // a body sent in chunks is refused as soon as it passes the limit.
  const declared = Number(req.headers['content-length'] ?? 0)
  const raw = declared > MAX_BODY_BYTES ? null : await readBody(req, MAX_BODY_BYTES)
  if (raw === null) return tooLarge(req, res)
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
    checkPublished: () =>
      checkPublishedContent(env.content, (content) => lastGood().remember(content)),
    replays,
  })
  if (result.status === 422) console.error(`[doorway] Revalidation refused. ${result.body.message}`)
  if (result.status === 500) console.error(`[doorway] ${result.body.message}`)
  return res.status(result.status).json(result.body)
}

/** The request body as text, or null once it passes `limit` bytes (the rest is left unread). */
function readBody(req: NextApiRequest, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const done = (value: string | null) => {
      req.off('data', onData).off('end', onEnd).off('error', onError)
      resolve(value)
    }
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += buffer.length
      if (size > limit) {
        req.pause()
        done(null)
      } else chunks.push(buffer)
    }
    const onEnd = () => done(Buffer.concat(chunks).toString('utf8'))
    const onError = (error: Error) => {
      req.off('data', onData).off('end', onEnd)
      reject(error)
    }
    req.on('data', onData).on('end', onEnd).on('error', onError)
  })
}

/**
 * 413, then the connection is closed: the rest of the body is never kept. What arrives in the
 * moment after the answer is discarded, so the client reads the 413 before the hang-up (closing
 * with unread data at once would reset the connection and could lose the answer).
 */
function tooLarge(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('connection', 'close')
  res.on('finish', () => {
    req.resume()
    setTimeout(() => req.destroy(), 500).unref()
  })
  return res.status(413).json({
    revalidated: false,
    message: `The webhook body is larger than ${MAX_BODY_BYTES / 1024} KiB. Check the webhook projection in Sanity: it should send a few fields, not whole documents.`,
  })
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
