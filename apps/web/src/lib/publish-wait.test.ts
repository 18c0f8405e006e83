/** @jest-environment node */
import type { ChangedDocument } from './cache-tags'
import {
  NO_REVISION_WAIT_MS,
  REVISION_POLL_MS,
  REVISION_WAIT_CAP_MS,
  settleFor,
  settleWarning,
  waitUntilVisible,
  type RevisionReader,
  type SettleOutcome,
} from './publish-wait'

// The pure waiting logic, on Jest's fake clock (Date.now and setTimeout move only when told), so
// times are exact; publish-wait.content-lake.test.ts runs it against a real HTTP server.

const change = (overrides: Partial<ChangedDocument> = {}): ChangedDocument => ({
  type: 'clinic',
  id: 'clinic',
  slug: null,
  previousSlug: null,
  rev: 'rev-new',
  deleted: false,
  ...overrides,
})

/** A reader answering `answers` in turn (the last one from then on), noting when each read began. */
function scripted(answers: (string | null | Error)[]) {
  const at: number[] = []
  const signals: AbortSignal[] = []
  const read: RevisionReader = async (id, signal) => {
    expect(id).toBe('clinic')
    at.push(Date.now())
    signals.push(signal)
    const answer = answers[Math.min(at.length - 1, answers.length - 1)]
    if (answer instanceof Error) throw answer
    return answer ?? null
  }
  return { read, at, signals }
}

/** Runs the wait to its end on the fake clock. */
async function run(
  target: ChangedDocument,
  read: RevisionReader,
  options: Parameters<typeof waitUntilVisible>[2] = {},
): Promise<SettleOutcome> {
  const start = Date.now()
  let outcome: SettleOutcome | undefined
  void waitUntilVisible(target, read, options).then((o) => (outcome = o))
  while (outcome === undefined) {
    if (Date.now() - start > 60_000) throw new Error('the wait never ended')
    await jest.advanceTimersByTimeAsync(1)
  }
  return outcome
}

beforeEach(() => {
  jest.useFakeTimers({ now: 1_000_000 })
})
afterEach(() => {
  jest.useRealTimers()
})

describe('waitUntilVisible', () => {
  it('does not wait when the first read already shows the new revision', async () => {
    const reader = scripted(['rev-new'])
    expect(await run(change(), reader.read)).toEqual({ how: 'visible', waitedMs: 0, reads: 1 })
  })

  it(`asks every ${REVISION_POLL_MS} ms until the new revision shows, and stops right then`, async () => {
    const reader = scripted(['rev-old', 'rev-old', 'rev-old', 'rev-new'])
    const outcome = await run(change(), reader.read)
    expect(outcome).toEqual({ how: 'visible', waitedMs: 3 * REVISION_POLL_MS, reads: 4 })
    expect(reader.at.map((t) => t - 1_000_000)).toEqual([0, 150, 300, 450])
  })

  it('for a delete, waits until the document is gone (the revision it names is the old one)', async () => {
    const reader = scripted(['rev-old', 'rev-old', null])
    const outcome = await run(change({ rev: 'rev-old', deleted: true }), reader.read)
    expect(outcome).toEqual({ how: 'visible', waitedMs: 2 * REVISION_POLL_MS, reads: 3 })
  })

  it('for a delete without a revision, still waits until the document is gone', async () => {
    const reader = scripted(['rev-old', null])
    expect(await run(change({ rev: null, deleted: true }), reader.read)).toMatchObject({
      how: 'visible',
      reads: 2,
    })
  })

  it('does not take "no document" for the new revision of a create', async () => {
    const reader = scripted([null, null, 'rev-new'])
    expect(await run(change(), reader.read)).toMatchObject({ how: 'visible', reads: 3 })
  })

  it(`gives up at ${REVISION_WAIT_CAP_MS} ms, saying what it last saw`, async () => {
    const reader = scripted(['rev-old'])
    const outcome = await run(change(), reader.read)
    expect(outcome).toEqual({
      how: 'cap',
      waitedMs: REVISION_WAIT_CAP_MS,
      reads: Math.ceil(REVISION_WAIT_CAP_MS / REVISION_POLL_MS),
      lastSeen: 'rev-old',
      lastError: null,
    })
    // No read starts at or after the cap.
    expect(Math.max(...reader.at) - 1_000_000).toBeLessThan(REVISION_WAIT_CAP_MS)
  })

  it('keeps asking after a failed read, and a later success ends the wait', async () => {
    const reader = scripted([new Error('503 Service Unavailable'), 'rev-new'])
    expect(await run(change(), reader.read)).toEqual({
      how: 'visible',
      waitedMs: REVISION_POLL_MS,
      reads: 2,
    })
  })

  it('gives up at the cap when every read fails, with the last error', async () => {
    const reader = scripted([new Error('getaddrinfo ENOTFOUND')])
    expect(await run(change(), reader.read, { capMs: 1000 })).toMatchObject({
      how: 'cap',
      waitedMs: 1000,
      lastSeen: undefined,
      lastError: 'getaddrinfo ENOTFOUND',
    })
  })

  it('does not let a read that never answers hold it past the cap, and aborts that read', async () => {
    const signals: AbortSignal[] = []
    const hangs: RevisionReader = (_id, signal) => {
      signals.push(signal)
      return new Promise(() => {})
    }
    const outcome = await run(change(), hangs)
    expect(outcome).toEqual({
      how: 'cap',
      waitedMs: REVISION_WAIT_CAP_MS,
      reads: 1,
      lastSeen: undefined,
      lastError: `no answer within ${REVISION_WAIT_CAP_MS} ms`,
    })
    expect(signals[0]?.aborted).toBe(true)
  })

  it('waits a fixed time, without reading, for a webhook that sent no _rev', async () => {
    const reader = scripted(['rev-new'])
    expect(await run(change({ rev: null }), reader.read)).toEqual({
      how: 'fixed',
      waitedMs: NO_REVISION_WAIT_MS,
    })
    expect(reader.at).toEqual([])
  })

  it('takes its timings from the options', async () => {
    const reader = scripted(['rev-old', 'rev-new'])
    expect(await run(change(), reader.read, { pollMs: 40 })).toMatchObject({ waitedMs: 40 })
    expect(await run(change({ rev: null }), reader.read, { noRevisionWaitMs: 1000 })).toMatchObject(
      { how: 'fixed', waitedMs: 1000 },
    )
  })
})

describe('settleFor', () => {
  it('does not wait in local mode', async () => {
    const settle = settleFor({ mode: 'local', datasetPath: '/nowhere.ndjson' })
    expect(await settle(change())).toEqual({ how: 'none' })
  })
})

describe('settleWarning', () => {
  it('says nothing when the change showed, or in local mode', () => {
    expect(settleWarning(change(), { how: 'visible', waitedMs: 300, reads: 3 })).toBeNull()
    expect(settleWarning(change(), { how: 'none' })).toBeNull()
  })

  it('names the document, the revision and what Sanity still showed at the cap', () => {
    const line = settleWarning(change(), {
      how: 'cap',
      waitedMs: 5000,
      reads: 34,
      lastSeen: 'rev-old',
      lastError: null,
    })
    expect(line).toBe(
      '[doorway] Waited 5000 ms (34 reads) for Sanity to show revision rev-new of clinic "clinic", but it still showed revision rev-old. Refreshing the pages anyway; if they still show the old content, publish the document again.',
    )
  })

  it('says when no read succeeded, and when a deleted document was still there', () => {
    expect(
      settleWarning(change(), {
        how: 'cap',
        waitedMs: 5000,
        reads: 1,
        lastSeen: undefined,
        lastError: 'connect ECONNREFUSED',
      }),
    ).toMatch(/but no read succeeded \(last error: connect ECONNREFUSED\)/)
    expect(
      settleWarning(change({ type: 'location', id: 'loc-1', deleted: true }), {
        how: 'cap',
        waitedMs: 5000,
        reads: 34,
        lastSeen: 'rev-old',
        lastError: null,
      }),
    ).toMatch(
      /for Sanity to stop showing the deleted location "loc-1", but it still showed revision rev-old/,
    )
  })

  it('tells the developer to add _rev for a fixed wait', () => {
    expect(settleWarning(change({ rev: null }), { how: 'fixed', waitedMs: 3000 })).toMatch(
      /sent no _rev, so the site waited a fixed 3000 ms.*Add _rev and "deleted" to the webhook's projection/,
    )
  })
})
