import { loadSite } from '@doorway/content'
import { revalidatePath, revalidateTag } from 'next/cache'
import { webEnv } from '@/lib/env'
import { settleFor, settleWarning } from '@/lib/publish-wait'
import { handleRevalidateWebhook } from '@/lib/revalidate-webhook'

/** The Sanity webhook: checks the signature, then expires the cache tags and pages of the changed document. */
export async function POST(request: Request): Promise<Response> {
  const env = webEnv()
  // Sanity mode: until the Content Lake shows the webhook's revision (capped); local mode: no wait.
  const waitFor = settleFor(env.content)
  const result = await handleRevalidateWebhook(request, {
    secret: env.sanityWebhookSecret,
    // `expire: 0` rather than 'max': the next visitor gets the corrected page, not one more stale
    // copy (a wrong phone number should not outlive its fix by a request).
    expireTag: (tag) => revalidateTag(tag, { expire: 0 }),
    expirePath: (path) => revalidatePath(path),
    settle: async (change) => {
      const outcome = await waitFor(change)
      const warning = settleWarning(change, outcome)
      if (warning !== null) console.warn(warning)
      return outcome
    },
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
