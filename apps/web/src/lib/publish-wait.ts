import { createSanityClient, type ContentEnv, type SanityContentEnv } from '@doorway/content'
import type { ChangedDocument } from './cache-tags'

/**
 * Sanity sends its webhook as soon as a publish is committed, but a query may answer with the old
 * document for a moment after that. Expiring the cache then would re-render the page from the old
 * content and keep it until the next change. So in Sanity mode the revalidate route first asks
 * the Content Lake for the document's revision until it is the one the webhook names (for a
 * delete: until the document is gone), and only then expires. Local mode has nothing to wait for.
 * The bench imports these three constants (`@doorway/web/publish-wait`) for its report.
 */

/** How often the route asks the Content Lake for the document's revision while it waits. */
export const REVISION_POLL_MS = 150
/** The longest the route waits for a publish to show; after that it expires anyway and logs it. */
export const REVISION_WAIT_CAP_MS = 5000
/**
 * The fixed wait for a webhook that sends no `_rev` (a projection set up before it was added):
 * with no revision to look for, wait as long as next-sanity's `parseBody` does, since a shorter
 * guess risks re-rendering the old content and keeping it until the next publish.
 */
export const NO_REVISION_WAIT_MS = 3000

/** Reads the published `_rev` of document `id` (null when there is none); rejects when the read fails. */
export type RevisionReader = (id: string, signal: AbortSignal) => Promise<string | null>

/** How the wait before expiring ended; the route reports it and logs the two slow endings. */
export type SettleOutcome =
  /** Local mode: the dataset file is read afresh, there is nothing to wait for. */
  | { how: 'none' }
  /** The Content Lake showed the new revision (or, for a delete, no document any more). */
  | { how: 'visible'; waitedMs: number; reads: number }
  /** Gave up at the cap; `lastSeen` is the last revision read (undefined if no read succeeded). */
  | {
      how: 'cap'
      waitedMs: number
      reads: number
      lastSeen: string | null | undefined
      lastError: string | null
    }
  /** The webhook sent no `_rev`, so the route waited `NO_REVISION_WAIT_MS`. */
  | { how: 'fixed'; waitedMs: number }

export interface WaitOptions {
  pollMs?: number
  capMs?: number
  noRevisionWaitMs?: number
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Waits until `read` shows the change: the revision `change.rev`, or no document for a delete.
 * Reads at once, then every `pollMs` after each answer, and stops at `capMs` (a read still
 * running then is abandoned). Without a revision to look for it waits `noRevisionWaitMs`.
 */
export async function waitUntilVisible(
  change: ChangedDocument,
  read: RevisionReader,
  options: WaitOptions = {},
): Promise<SettleOutcome> {
  const pollMs = options.pollMs ?? REVISION_POLL_MS
  const capMs = options.capMs ?? REVISION_WAIT_CAP_MS
  const started = Date.now()
  if (!change.deleted && change.rev === null) {
    await sleep(options.noRevisionWaitMs ?? NO_REVISION_WAIT_MS)
    return { how: 'fixed', waitedMs: Date.now() - started }
  }
  const deadline = started + capMs
  // One abort for the whole wait: a read that hangs (or ignores the signal) cannot hold the cap up.
  const controller = new AbortController()
  const abandoned = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () =>
      reject(new Error(`no answer within ${capMs} ms`)),
    )
  })
  abandoned.catch(() => {})
  const timer = setTimeout(() => controller.abort(), capMs)
  let reads = 0
  let lastSeen: string | null | undefined
  let lastError: string | null = null
  try {
    while (Date.now() < deadline) {
      reads += 1
      try {
        const seen = await Promise.race([read(change.id, controller.signal), abandoned])
        lastSeen = seen
        lastError = null
        if (change.deleted ? seen === null : seen === change.rev) {
          return { how: 'visible', waitedMs: Date.now() - started, reads }
        }
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error)
      }
      const left = deadline - Date.now()
      if (left > 0) await sleep(Math.min(pollMs, left))
    }
    return { how: 'cap', waitedMs: Date.now() - started, reads, lastSeen, lastError }
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
}

const REVISION_QUERY = '*[_id == $id][0]._rev'

/** Reads a document's published revision from the site's own Sanity project, uncached. */
export function sanityRevisionReader(env: SanityContentEnv): RevisionReader {
  // The wait retries by itself; the client's own back-off retries would overrun the cap.
  const client = createSanityClient(env, 'published', { maxRetries: 0 })
  return async (id, signal) => {
    const rev: unknown = await client.fetch(REVISION_QUERY, { id }, { signal, cache: 'no-store' })
    return typeof rev === 'string' ? rev : null
  }
}

/** The wait the revalidate route makes before expiring, for the configured content source. */
export function settleFor(
  content: ContentEnv,
  options: WaitOptions = {},
): (change: ChangedDocument) => Promise<SettleOutcome> {
  if (content.mode === 'local') return async () => ({ how: 'none' })
  const read = sanityRevisionReader(content)
  return (change) => waitUntilVisible(change, read, options)
}

/** A server-log line for a wait that ended slowly (at the cap, or fixed for lack of `_rev`), else null. */
export function settleWarning(change: ChangedDocument, outcome: SettleOutcome): string | null {
  const doc = `${change.type} "${change.id}"`
  if (outcome.how === 'fixed') {
    return `[doorway] The webhook for ${doc} sent no _rev, so the site waited a fixed ${outcome.waitedMs} ms before refreshing its pages. Add _rev and "deleted" to the webhook's projection in Sanity (see apps/web/README.md) so pages refresh as soon as the change is visible.`
  }
  if (outcome.how !== 'cap') return null
  const target = change.deleted
    ? `stop showing the deleted ${doc}`
    : `show revision ${change.rev} of ${doc}`
  const seen =
    outcome.lastSeen === undefined
      ? `no read succeeded (last error: ${outcome.lastError ?? 'none'})`
      : `it still showed ${outcome.lastSeen === null ? 'no document' : `revision ${outcome.lastSeen}`}`
  return `[doorway] Waited ${outcome.waitedMs} ms (${outcome.reads} reads) for Sanity to ${target}, but ${seen}. Refreshing the pages anyway; if they still show the old content, publish the document again.`
}
