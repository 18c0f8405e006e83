import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { SIGNATURE_HEADER_NAME, encodeSignatureHeader } from '@sanity/webhook'
import { expect, test } from '@playwright/test'
import { DRAFT_SESSION_COOKIE, signDraftSession } from '../src/lib/draft-session'
import { DRAFT_MODE_COOKIE as DRAFT_COOKIE } from '../src/lib/security-headers'

// Hostile traffic and careless publishing against `next start` (playwright.preview.config.ts:
// its own build, server, secrets and dataset copy).
const DATASET = process.env.PREVIEW_E2E_DATASET as string
const DRAFT_SECRET = process.env.PREVIEW_E2E_DRAFT_SECRET as string
const WEBHOOK_SECRET = process.env.PREVIEW_E2E_WEBHOOK_SECRET as string
const DIST_DIR = process.env.PREVIEW_E2E_DIST_DIR as string
const OWN_SITE_SIGN_IN = 'https://maplegrovepediatrics.example/portal'
const MiB = 1024 * 1024

const port = () => Number(new URL(test.info().project.use.baseURL as string).port)

/** The id of the process listening on the test server's port (`ss` names it). */
function serverPid(): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port()}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(out)?.[1]
  if (pid === undefined) throw new Error(`No process found listening on port ${port()}:\n${out}`)
  return Number(pid)
}

/** Resident memory of a process, in bytes. */
function rss(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(kb) * 1024
}

/** Every file under `dir`, recursively. */
function countFiles(dir: string): number {
  let n = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    n += statSync(path).isDirectory() ? countFiles(path) : 1
  }
  return n
}

/**
 * POSTs `size` bytes to the webhook with a (meaningless) signature header, as an attacker would:
 * declared up front (`content-length`, or `declare` bytes while sending only `size`) or sent in
 * chunks. Resolves with the status, or the error once the server hangs up.
 */
function postLarge(
  size: number,
  { chunked = false, declare = size, end = true } = {},
): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: 'localhost',
        port: port(),
        path: '/api/revalidate',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER_NAME]: 't=1,v1=forged',
          ...(chunked ? {} : { 'content-length': String(declare) }),
        },
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
        req.destroy()
      },
    )
    req.on('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? 'error'))
    const chunk = Buffer.alloc(Math.min(MiB, size), 'a')
    let sent = 0
    const write = () => {
      while (sent < size) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', write)
      }
      if (end) req.end()
    }
    write()
  })
}

async function sendWebhook(payload: object = { _type: 'clinic', _id: 'clinic' }) {
  const body = JSON.stringify(payload)
  const signature = await encodeSignatureHeader(body, Date.now(), WEBHOOK_SECRET)
  return { body, signature }
}

test.describe.configure({ mode: 'serial' })

test('the webhook answers a body declared too large with 413 before reading it', async () => {
  // 400 MiB declared, 1 KiB sent and the request left open: the answer cannot wait for the body.
  expect(await postLarge(1024, { declare: 400 * MiB, end: false })).toBe(413)
})

test('the webhook refuses large bodies (413) and memory stays flat', async ({ request }) => {
  const pid = serverPid()
  // Warm the route first, so its first compile is not counted.
  expect((await request.get('/api/revalidate')).status()).toBe(405)
  const before = rss(pid)
  const statuses: (number | string)[] = []
  for (let i = 0; i < 10; i += 1) statuses.push(await postLarge(64 * MiB))
  for (let i = 0; i < 5; i += 1) statuses.push(await postLarge(16 * MiB, { chunked: true }))
  const after = rss(pid)
  test.info().annotations.push({
    type: 'rss',
    description: `${(before / MiB).toFixed(0)} MiB before, ${(after / MiB).toFixed(0)} MiB after 10 × 64 MiB declared + 5 × 16 MiB chunked`,
  })
  // 413, or the hang-up right after it while the client was still sending; never anything else.
  for (const status of statuses) expect([413, 'EPIPE', 'ECONNRESET']).toContain(status)
  expect(statuses.filter((s) => s === 413).length).toBeGreaterThan(0)
  // 720 MiB were sent; far less than one body may stay.
  expect(after - before).toBeLessThan(64 * MiB)
})

test('a replayed webhook is answered without work', async ({ request }) => {
  const { body, signature } = await sendWebhook()
  const headers = { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature }
  const first = await request.post('/api/revalidate', { headers, data: body })
  expect(first.status()).toBe(200)
  expect(await first.json()).toMatchObject({ revalidated: true })
  const replay = await request.post('/api/revalidate', { headers, data: body })
  expect(replay.status()).toBe(200)
  expect(await replay.json()).toMatchObject({ revalidated: false, alreadyHandled: true })
})

test('unknown locations cost no disk, and odd slugs answer 404, not an error', async ({
  request,
}) => {
  const dir = join(process.cwd(), DIST_DIR)
  const before = countFiles(dir)
  for (let i = 0; i < 200; i += 1) {
    const response = await request.get(
      `/locations/nowhere-${i}-${Math.random().toString(36).slice(2)}`,
    )
    expect(response.status()).toBe(404)
  }
  for (const slug of [
    'x'.repeat(400),
    '%00',
    'a%00b',
    '..%2F..%2Fetc',
    '%E2%80%AE',
    'A'.repeat(5000),
  ]) {
    const status = (await request.get(`/locations/${slug}`)).status()
    expect([400, 404], slug.slice(0, 20)).toContain(status)
  }
  expect(countFiles(dir)).toBe(before)
})

test('content broken after a valid publish never takes a page down: the last good content is served', async ({
  request,
}) => {
  const original = readFileSync(DATASET, 'utf8')
  try {
    // A valid publish: the pages are re-rendered, and no page is requested after it.
    const valid = await sendWebhook()
    const accepted = await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: valid.signature },
      data: valid.body,
    })
    expect(accepted.status()).toBe(200)

    // Then invalid content, and its webhook is refused.
    writeFileSync(
      DATASET,
      original.replaceAll(/"signInUrl": ?"[^"]+"/g, `"signInUrl": "${OWN_SITE_SIGN_IN}"`),
    )
    const invalid = await sendWebhook({ _type: 'clinic', _id: 'clinic', _rev: 'broken' })
    const refused = await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: invalid.signature },
      data: invalid.body,
    })
    expect(refused.status()).toBe(422)

    for (const path of ['/', '/portal', '/locations/downtown', '/sitemap.xml', '/portal']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(await response.text(), path).not.toContain(OWN_SITE_SIGN_IN)
    }
    // A 404 is rendered on each request, so it reads the broken content now: it is drawn from the
    // last good content (its header's sign-in link among it), not answered with an error.
    const missing = await request.get(`/no-such-page-${Date.now()}`)
    expect(missing.status()).toBe(404)
    const html = await missing.text()
    expect(html).toContain('Page not found')
    expect(html).toMatch(/href="https:\/\/mychart\./)
    expect(html).not.toContain(OWN_SITE_SIGN_IN)
  } finally {
    writeFileSync(DATASET, original)
    const fixed = await sendWebhook({ _type: 'clinic', _id: 'clinic', _rev: 'fixed' })
    await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: fixed.signature },
      data: fixed.body,
    })
  }
})

test('a preview session lasts an hour, and ends when its secret is not the current one', async ({
  request,
  context,
  page,
}) => {
  const enable = await request.get(
    `/api/draft-mode/enable?${new URLSearchParams({ secret: DRAFT_SECRET, redirect: '/portal' })}`,
    { maxRedirects: 0 },
  )
  expect(enable.status()).toBe(307)
  const setCookies = enable
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value)
  for (const name of [DRAFT_COOKIE, DRAFT_SESSION_COOKIE]) {
    const cookie = setCookies.find((c) => c.startsWith(`${name}=`))
    expect(cookie, name).toMatch(/Max-Age=3600/i)
    // The preview config sets SANITY_STUDIO_URL: the Studio frames the site.
    expect(cookie, name).toMatch(/SameSite=None/i)
    expect(cookie, name).toMatch(/Secure/i)
  }
  const bypass = /^__prerender_bypass=([^;]+)/.exec(
    setCookies.find((c) => c.startsWith(`${DRAFT_COOKIE}=`)) ?? '',
  )?.[1]
  expect(bypass).toBeDefined()

  const { hostname } = new URL(test.info().project.use.baseURL as string)
  const cookie = (name: string, value: string) => ({ name, value, domain: hostname, path: '/' })
  const sessions = {
    'signed with another secret (rotated)': signDraftSession('a-rotated-secret-0123456789'),
    'expired an hour ago': signDraftSession(DRAFT_SECRET, Date.now() - 2 * 3_600_000),
    missing: null,
  }
  for (const [label, session] of Object.entries(sessions)) {
    await context.clearCookies()
    await context.addCookies([
      cookie(DRAFT_COOKIE, bypass as string),
      ...(session === null ? [] : [cookie(DRAFT_SESSION_COOKIE, session)]),
    ])
    const response = await page.goto('/portal')
    expect(response?.status(), label).toBe(200)
    expect(new URL(page.url()).pathname, label).toBe('/portal')
    await expect(page.getByText('Previewing drafts'), label).toHaveCount(0)
    expect(
      (await context.cookies()).map((c) => c.name),
      label,
    ).not.toContain(DRAFT_COOKIE)
  }

  // A current session previews.
  await context.clearCookies()
  await context.addCookies([
    cookie(DRAFT_COOKIE, bypass as string),
    cookie(DRAFT_SESSION_COOKIE, signDraftSession(DRAFT_SECRET)),
  ])
  await page.goto('/portal')
  await expect(page.getByText('Previewing drafts')).toBeVisible()
})
