import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

/**
 * Printing a page as the front desk does, and reading the paper as a phone does, with the real
 * tools: Chromium's print-to-PDF, poppler's `pdfinfo` and `pdftoppm`, and zbar's `zbarimg`
 * (Debian packages; `.ci/run` installs them).
 */

export const PAPER_SIZES = ['Letter', 'A4'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** The page as Chromium prints it on `format` paper (print media, the page's own @page margins). */
export async function printToPdf(page: Page, format: PaperSize): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-print-'))
  const file = join(dir, `${format}.pdf`)
  writeFileSync(file, await page.pdf({ format }))
  return file
}

/** How many pages the PDF has, as `pdfinfo` reads it. */
export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1]
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${pdf}:\n${info}`)
  return Number(pages)
}

/**
 * Every QR code on the PDF's pages, as the text it carries: each page rendered to PNG at 200 dpi
 * (`pdftoppm`), then read by `zbarimg`. None found is an empty list.
 */
export function decodeQrCodes(pdf: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-scan-'))
  execFileSync('pdftoppm', ['-r', '200', '-png', pdf, join(dir, 'page')], { stdio: 'pipe' })
  const found: string[] = []
  for (const png of readdirSync(dir).filter((name) => name.endsWith('.png'))) {
    try {
      // stderr kept out of the test log: zbarimg complains there about a missing D-Bus.
      const out = execFileSync('zbarimg', ['--raw', '-q', join(dir, png)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      found.push(...out.split('\n').filter((line) => line !== ''))
    } catch (error) {
      // zbarimg exits 4 when it finds no symbol on the image.
      if ((error as { status?: number }).status !== 4) throw error
    }
  }
  return found
}
