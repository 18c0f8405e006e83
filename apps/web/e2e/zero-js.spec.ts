import { expect, test } from '@playwright/test'
import { PAGES_IN_EVERY_LANGUAGE } from './pages'

/**
 * Published pages run no JavaScript (Pages Router with `unstable_runtimeJS: false`, an
 * undocumented option: this is what guards it) and say so in their CSP. Against the production
 * build, as patients get it.
 */

/** Every `<script …>` opening tag in `html`, and its `type`. */
function scriptTags(html: string): { tag: string; type: string | null }[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => ({
    tag,
    type: /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? null,
  }))
}

for (const { path, status } of PAGES_IN_EVERY_LANGUAGE) {
  test.describe(`published ${path}`, () => {
    test('its HTML holds no executable script, no Next.js data and no script preload', async ({
      request,
    }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(status)
      const html = await response.text()
      // Only JSON-LD data blocks, which the browser never runs.
      for (const { tag, type } of scriptTags(html)) expect(type, tag).toBe('application/ld+json')
      expect(html).not.toContain('__NEXT_DATA__')
      expect(html).not.toContain('self.__next_f')
      expect(html).not.toMatch(/<link\b[^>]*\b(?:modulepreload|as=["']?script)/i)
      expect(html).not.toMatch(/\bon[a-z]+\s*=\s*["']/i)
    })

    test('sends script-src none: no script could run even if one were injected', async ({
      request,
    }) => {
      const csp = (await request.get(path)).headers()['content-security-policy'] ?? ''
      const scriptSrc = csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => name === 'script-src')
      expect(scriptSrc).toEqual([['script-src', "'none'"]])
      expect(csp).not.toContain('unsafe-inline')
    })

    test('the browser fetches no script and runs none', async ({ page }) => {
      const scripts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
      })
      await page.goto(path, { waitUntil: 'networkidle' })
      expect(scripts).toEqual([])
      // Every script element in the document as the browser sees it is a JSON-LD data block.
      const types = await page.evaluate(() => Array.from(document.scripts, (script) => script.type))
      for (const type of types) expect(type).toBe('application/ld+json')
    })
  })
}
