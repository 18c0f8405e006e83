import { formatProblem, loadSite, type ContentEnv, type ContentProblem } from '@doorway/content'
import type { SiteContent } from '@doorway/content/site'
import { SIGNATURE_HEADER_NAME, decodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { parseChange, pathsToRevalidate, type ChangedDocument } from './cache-tags'
import type { SettleOutcome } from './publish-wait'

/** A signed call older than this is refused: a recorded call cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000
/** How far a signature's time may be ahead of ours (clocks drift). */
export const MAX_CLOCK_SKEW_MS = 60_000

/** Most signatures remembered at once; far more than Sanity sends within a signature's life. */
export const MAX_REMEMBERED_SIGNATURES = 1000

/**
 * The signatures of calls already handled, each until it is too old to be accepted anyway: a
 * recorded call replayed within its five minutes is answered without work. Bounded: past `max`
 * entries the oldest is forgotten first.
 */
export interface ReplayGuard {
  /** Claims `signature` (made at `signedAt`, ms); false when it was claimed already and is still young enough to be accepted. */
  claim(signature: string, signedAt: number): boolean
  /** Gives a claim back (the call failed), so Sanity's retry is handled. */
  release(signature: string): void
  /** How many signatures are remembered now. */
  size(): number
}

/** A replay guard remembering at most `max` signatures; `now` is the clock (tests pass their own). */
export function createReplayGuard(
  max: number = MAX_REMEMBERED_SIGNATURES,
  now: () => number = Date.now,
): ReplayGuard {
  // Insertion order is claim order, so the first entries are the oldest.
  const claimed = new Map<string, number>()
  const expired = (signedAt: number) => now() - signedAt > MAX_SIGNATURE_AGE_MS
  return {
    claim(signature, signedAt) {
      for (const [key, at] of claimed) {
        if (!expired(at)) break
        claimed.delete(key)
      }
      if (claimed.has(signature)) return false
      for (const key of claimed.keys()) {
        if (claimed.size < max) break
        claimed.delete(key)
      }
      claimed.set(signature, signedAt)
      return true
    },
    release(signature) {
      claimed.delete(signature)
    },
    size: () => claimed.size,
  }
}

/** What the revalidate route needs from the outside world; the route passes Next.js's own. */
export interface RevalidateDeps {
  /** SANITY_WEBHOOK_SECRET, or null when it is not configured. */
  secret: string | null
  /** Re-renders the page at `path` (Next.js's `res.revalidate`); rejects when it could not. */
  revalidatePath: (path: string) => Promise<void>
  /**
   * Whether the build prerendered `path`. Other paths (a location published after the build, a
   * deleted location's old address) are rendered on each request: nothing to re-render.
   */
  isPrerendered: (path: string) => boolean
  /**
   * Waits until the change can be read (`settleFor` in `publish-wait.ts`), so the re-render after
   * expiring reads what was just published.
   */
  settle: (change: ChangedDocument) => Promise<SettleOutcome>
  /**
   * Reads the published content afresh: the slugs of its locations and its live languages, or
   * its problems. With
   * problems nothing is re-rendered, so patients keep the last good pages.
   */
  checkPublished: () => Promise<PublishedCheck>
  /** Signatures already handled; without one, every valid call is handled (tests). */
  replays?: ReplayGuard
}

/** What `checkPublished` found. */
export type PublishedCheck =
  | { ok: true; slugs: readonly string[]; languages: readonly string[] }
  | { ok: false; problems: readonly ContentProblem[] }

export type RevalidateResult =
  | {
      status: 200
      body: { revalidated: false; message: string; alreadyHandled: true }
    }
  | {
      status: 200
      body: {
        revalidated: true
        document: ChangedDocument
        /** The pages re-rendered. */
        paths: string[]
        /** Affected pages the build did not prerender: they are rendered afresh on each request. */
        onRequest: string[]
        settled: SettleOutcome
        now: number
      }
    }
  | {
      status: 400 | 401 | 422 | 500 | 503
      body: { revalidated: false; message: string; paths?: string[] }
    }

/**
 * Checks a Sanity webhook call's signature and age, waits until the change can be read and, when
 * the published content then has no problems, re-renders every page the change shows on.
 * Otherwise nothing is re-rendered.
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
  const signedAt = decodeSignatureHeader(signature).timestamp
  const age = Date.now() - signedAt
  if (age > MAX_SIGNATURE_AGE_MS || age < -MAX_CLOCK_SKEW_MS) {
    return refuse(
      401,
      'The webhook signature is too old or dated in the future. Check the server clock; Sanity sends a fresh signature with every call.',
    )
  }
  // A replay of a call handled (or being handled) already: nothing new to do.
  if (deps.replays !== undefined && !deps.replays.claim(signature, signedAt)) {
    return {
      status: 200,
      body: {
        revalidated: false,
        alreadyHandled: true,
        message: 'This webhook call was already handled; nothing was done again.',
      },
    }
  }
  const result = await handleSignedChange(raw, deps)
  // Only a handled call is remembered: Sanity's retry of a failed one must be handled.
  if (result.status !== 200) deps.replays?.release(signature)
  return result
}

/** The part of `handleRevalidateWebhook` after the signature: parse, wait, check, re-render. */
async function handleSignedChange(raw: string, deps: RevalidateDeps): Promise<RevalidateResult> {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return refuse(400, 'The webhook body is not JSON. Check the webhook projection in Sanity.')
  }
  const parsed = parseChange(body)
  if (!parsed.ok) return refuse(400, parsed.message)

  const settled = await deps.settle(parsed.change)
  const checked = await deps.checkPublished()
  if (!checked.ok) {
    const { problems } = checked
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    return refuse(
      422,
      `The published content has ${count}, so the website keeps showing the last good version. Fix these in the Studio and publish again:\n${problems.map(formatProblem).join('\n')}`,
    )
  }
  const affected = pathsToRevalidate(parsed.change, checked.slugs, checked.languages)
  const paths = affected.filter((path) => deps.isPrerendered(path))
  const onRequest = affected.filter((path) => !deps.isPrerendered(path))
  // One at a time: each is a full page render, and the server may be small.
  const failed: string[] = []
  for (const path of paths) {
    try {
      await deps.revalidatePath(path)
    } catch {
      failed.push(path)
    }
  }
  if (failed.length > 0) {
    return {
      status: 500,
      body: {
        revalidated: false,
        message: `These pages could not be re-rendered; they keep their previous version until their next re-render (at most five minutes): ${failed.join(', ')}.`,
        paths: failed,
      },
    }
  }
  return {
    status: 200,
    body: {
      revalidated: true,
      document: parsed.change,
      paths,
      onRequest,
      settled,
      now: Date.now(),
    },
  }
}

/**
 * `checkPublished` as the route wires it: one uncached read of what is now published. Content
 * that passes is handed to `keep` (the last good content, `last-good.ts`), so pages re-rendered
 * later fall back to it; with problems, nothing is re-rendered and the editor gets the list.
 */
export async function checkPublishedContent(
  env: ContentEnv,
  keep: (content: SiteContent) => void = () => {},
): Promise<PublishedCheck> {
  const result = await loadSite({ perspective: 'published', env })
  if (!result.ok) return { ok: false, problems: result.problems }
  keep(result.content)
  return {
    ok: true,
    slugs: result.content.locations.map((location) => location.slug),
    languages: result.content.languages,
  }
}

function refuse(status: 400 | 401 | 422 | 503, message: string): RevalidateResult {
  return { status, body: { revalidated: false, message } }
}
