import { loadSite } from '@doorway/content'
import { revalidatePath, revalidateTag } from 'next/cache'
import { webEnv } from '@/lib/env'
import { handleRevalidateWebhook } from '@/lib/revalidate-webhook'

// Sanity's API can answer a query with the old document for a moment after the webhook fires;
// waiting a little means the page re-rendered next is built from what was just published.
const SANITY_SETTLE_MS = 3000

/** The Sanity webhook: checks the signature, then expires the cache tags and pages of the changed document. */
export async function POST(request: Request): Promise<Response> {
  const env = webEnv()
  const result = await handleRevalidateWebhook(request, {
    secret: env.sanityWebhookSecret,
    // `expire: 0` rather than 'max': the next visitor gets the corrected page, not one more stale
    // copy (a wrong phone number should not outlive its fix by a request).
    expireTag: (tag) => revalidateTag(tag, { expire: 0 }),
    expirePath: (path) => revalidatePath(path),
    // A local dataset file is read afresh on every render; there is nothing to wait for.
    settleMs: env.content.mode === 'sanity' ? SANITY_SETTLE_MS : 0,
    // One uncached read of what is now published. Expiring on invalid content would make the
    // next render throw, and patients would get an error page instead of the last good one.
    checkPublished: async () => {
      const result = await loadSite({ perspective: 'published', env: env.content })
      return result.ok ? [] : result.problems
    },
  })
  if (result.status === 422) console.error(`[doorway] Revalidation refused. ${result.body.message}`)
  return Response.json(result.body, {
    status: result.status,
    headers: { 'cache-control': 'no-store' },
  })
}
