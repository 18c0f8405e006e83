import { SIGNATURE_HEADER_NAME, isValidSignature } from '@sanity/webhook'
import { expiryFor, parseChange, type ChangedDocument } from './cache-tags'

/** What the revalidate route needs from the outside world; the route passes Next.js's own. */
export interface RevalidateDeps {
  /** SANITY_WEBHOOK_SECRET, or null when it is not configured. */
  secret: string | null
  /** Expires one cache tag. */
  expireTag: (tag: string) => void
  /** Expires one page path. */
  expirePath: (path: string) => void
  /** Milliseconds to wait before expiring, so a re-render reads what was just published. */
  settleMs: number
}

export type RevalidateResult =
  | { status: 200; body: { revalidated: true; document: ChangedDocument; tags: string[]; paths: string[]; now: number } }
  | { status: 400 | 401 | 503; body: { revalidated: false; message: string } }

/**
 * Checks a Sanity webhook call's signature and, when it is good, expires the cache tags of the
 * changed document and the paths of its pages. Nothing is expired unless the signature is valid.
 */
export async function handleRevalidateWebhook(request: Request, deps: RevalidateDeps): Promise<RevalidateResult> {
  if (deps.secret === null) {
    return refuse(
      503,
      'Revalidation is switched off: set SANITY_WEBHOOK_SECRET on the server to the secret of the Sanity webhook.',
    )
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  if (signature === null || signature.trim() === '') {
    return refuse(401, `Missing the ${SIGNATURE_HEADER_NAME} header: only Sanity's signed webhook may call this.`)
  }
  // The signature covers the exact bytes sent, so check the raw text before parsing it.
  const raw = await request.text()
  if (raw.trim() === '' || !(await isValidSignature(raw, signature, deps.secret))) {
    return refuse(401, 'The webhook signature is not valid. Check that the webhook secret in Sanity matches SANITY_WEBHOOK_SECRET.')
  }
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return refuse(400, 'The webhook body is not JSON. Check the webhook projection in Sanity.')
  }
  const parsed = parseChange(body)
  if (!parsed.ok) return refuse(400, parsed.message)

  if (deps.settleMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.settleMs))
  const { tags, paths } = expiryFor(parsed.change)
  for (const tag of tags) deps.expireTag(tag)
  for (const path of paths) deps.expirePath(path)
  return { status: 200, body: { revalidated: true, document: parsed.change, tags, paths, now: Date.now() } }
}

function refuse(status: 400 | 401 | 503, message: string): RevalidateResult {
  return { status, body: { revalidated: false, message } }
}
