import { formatProblem, type ContentProblem } from '@doorway/content'
import { SIGNATURE_HEADER_NAME, decodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { expiryFor, parseChange, type ChangedDocument } from './cache-tags'
import type { SettleOutcome } from './publish-wait'

/** A signed call older than this is refused: a recorded call cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000
/** How far a signature's time may be ahead of ours (clocks drift). */
export const MAX_CLOCK_SKEW_MS = 60_000

/** What the revalidate route needs from the outside world; the route passes Next.js's own. */
export interface RevalidateDeps {
  /** SANITY_WEBHOOK_SECRET, or null when it is not configured. */
  secret: string | null
  /** Expires one cache tag. */
  expireTag: (tag: string) => void
  /** Expires one page path. */
  expirePath: (path: string) => void
  /**
   * Waits until the change can be read (`settleFor` in `publish-wait.ts`), so the re-render after
   * expiring reads what was just published.
   */
  settle: (change: ChangedDocument) => Promise<SettleOutcome>
  /**
   * Reads the published content afresh and returns its problems (none when it is valid). With
   * problems nothing is expired, so patients keep the last good pages.
   */
  checkPublished: () => Promise<readonly ContentProblem[]>
}

export type RevalidateResult =
  | {
      status: 200
      body: {
        revalidated: true
        document: ChangedDocument
        tags: string[]
        paths: string[]
        settled: SettleOutcome
        now: number
      }
    }
  | { status: 400 | 401 | 422 | 503; body: { revalidated: false; message: string } }

/**
 * Checks a Sanity webhook call's signature and age, waits until the change can be read and, when
 * the published content then has no problems, expires the cache tags of the changed document and
 * the paths of its pages. Otherwise nothing is expired.
 */
export async function handleRevalidateWebhook(
  request: Request,
  deps: RevalidateDeps,
): Promise<RevalidateResult> {
  if (deps.secret === null) {
    return refuse(
      503,
      'Revalidation is switched off: set SANITY_WEBHOOK_SECRET on the server to the secret of the Sanity webhook.',
    )
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  if (signature === null || signature.trim() === '') {
    return refuse(
      401,
      `Missing the ${SIGNATURE_HEADER_NAME} header: only Sanity's signed webhook may call this.`,
    )
  }
  // The signature covers the exact bytes sent, so check the raw text before parsing it.
  const raw = await request.text()
  if (raw.trim() === '' || !(await isValidSignature(raw, signature, deps.secret))) {
    return refuse(
      401,
      'The webhook signature is not valid. Check that the webhook secret in Sanity matches SANITY_WEBHOOK_SECRET.',
    )
  }
  // The time is part of what was signed, so it cannot be changed without breaking the signature.
  const age = Date.now() - decodeSignatureHeader(signature).timestamp
  if (age > MAX_SIGNATURE_AGE_MS || age < -MAX_CLOCK_SKEW_MS) {
    return refuse(
      401,
      'The webhook signature is too old or dated in the future. Check the server clock; Sanity sends a fresh signature with every call.',
    )
  }
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return refuse(400, 'The webhook body is not JSON. Check the webhook projection in Sanity.')
  }
  const parsed = parseChange(body)
  if (!parsed.ok) return refuse(400, parsed.message)

  const settled = await deps.settle(parsed.change)
  const problems = await deps.checkPublished()
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    return refuse(
      422,
      `The published content has ${count}, so the website keeps showing the last good version. Fix these in the Studio and publish again:\n${problems.map(formatProblem).join('\n')}`,
    )
  }
  const { tags, paths } = expiryFor(parsed.change)
  for (const tag of tags) deps.expireTag(tag)
  for (const path of paths) deps.expirePath(path)
  return {
    status: 200,
    body: { revalidated: true, document: parsed.change, tags, paths, settled, now: Date.now() },
  }
}

function refuse(status: 400 | 401 | 422 | 503, message: string): RevalidateResult {
  return { status, body: { revalidated: false, message } }
}
