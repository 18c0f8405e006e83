// Page weight: load a page in headless Chromium with gzip accepted and sum what went over the wire.
import { chromium } from '@playwright/test'
import { CHROMIUM, CHROME_FLAGS } from './paths.mjs'
import { median } from './stats.mjs'
/** @import { Browser } from '@playwright/test' */
/** @import { PageWeight } from './types' */

/**
 * One request seen over the DevTools protocol.
 * @typedef {{ url?: string, type?: string, mimeType?: string, status?: number, encoding?: string | null, bodyBytes?: number | null, bytes?: number }} SeenRequest
 */

/** Launches Debian's Chromium through Playwright. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  })
}

/**
 * Loads `url` in a fresh context (empty cache) and returns bytes transferred: JavaScript, total
 * (headers + encoded bodies, as DevTools' "transferred" column), and the request count, counted
 * until the network is idle, so Next's link prefetches are included.
 * @param {Browser} browser
 * @param {string} url
 */
export async function measurePage(browser, url) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  /** @type {Map<string, SeenRequest>} */
  const requests = new Map()
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId) ?? {}
    r.url = e.response.url
    r.type = e.type
    r.mimeType = e.response.mimeType
    r.status = e.response.status
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
    )
    r.encoding = headers['content-encoding'] ?? null
    // The body alone: the wire size also holds ~1.2 KiB of security headers.
    const length = Number(headers['content-length'])
    r.bodyBytes = Number.isFinite(length) ? length : null
    requests.set(e.requestId, r)
  })
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId) ?? {}
    r.bytes = e.encodedDataLength
    requests.set(e.requestId, r)
  })
  const res = await page.goto(url, { waitUntil: 'networkidle' })
  if (!res || res.status() !== 200)
    throw new Error(`${url} answered ${res?.status()} in the browser, not 200`)
  await context.close()
  return { url, ...summarizeRequests([...requests.values()]) }
}

/**
 * Sums the requests seen over the DevTools protocol: `{ type, mimeType, bytes, encoding }` each,
 * `bytes` being the encoded length on the wire (headers included) and `bodyBytes` the body's own
 * length where the response gave one. Requests that never finished (no bytes) are left out.
 * @param {SeenRequest[]} requests
 * @returns {PageWeight}
 */
export function summarizeRequests(requests) {
  let js = 0
  let total = 0
  let count = 0
  let uncompressedText = 0
  for (const r of requests) {
    if (r.bytes == null) continue
    count += 1
    total += r.bytes
    const isJs = r.type === 'Script' || /javascript/.test(r.mimeType ?? '')
    if (isJs) js += r.bytes
    // A text body over 1 KiB without content-encoding was not compressed; smaller ones are left
    // plain on purpose (Next's compression threshold is 1 KiB, and gzip would not shrink them).
    if (
      (isJs || r.type === 'Document' || r.type === 'Stylesheet') &&
      !r.encoding &&
      (r.bodyBytes ?? r.bytes) > 1024
    ) {
      uncompressedText += 1
    }
  }
  return { jsBytes: js, totalBytes: total, requests: count, uncompressedText }
}

/**
 * The median of each figure over several loads of one page.
 * @param {PageWeight[]} loads
 * @returns {PageWeight}
 */
export function medianOfLoads(loads) {
  const pick = (/** @type {keyof PageWeight} */ k) => median(loads.map((l) => l[k]))
  return {
    jsBytes: pick('jsBytes'),
    totalBytes: pick('totalBytes'),
    requests: pick('requests'),
    uncompressedText: pick('uncompressedText'),
  }
}

/**
 * The physical floor of a page: its own HTML with every script (JSON-LD data blocks stay: they are
 * content, not code), stylesheet, preload, icon link and image taken out, so loading it makes no
 * request but the document's. Served by `static-server.mjs`, it is what no framework or stylesheet can beat.
 * @param {string} html
 */
export function physicalFloorHtml(html) {
  return html
    .replace(/<script\b(?![^>]*type=["']?application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:stylesheet|preload|modulepreload|icon)\b[^>]*>/gi, '')
    .replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript>/gi, '')
    .replace(/<img\b[^>]*>/gi, '')
}
