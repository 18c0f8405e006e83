import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

type Doc = Record<string, unknown> & { _type: string }

/**
 * A real build (no browser), through the site's one build task (scripts/build.mjs), of the sample
 * changed by `edit`: it must stop, publish nothing, and its log must name the document and field
 * (and the language) to fix.
 */
function failedBuild(edit: (doc: Doc) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-invalid-'))
  const distDir = `.next-invalid-content-${process.pid}`
  const app = join(__dirname, '..')
  try {
    const dataset = join(dir, 'clinic.ndjson')
    const lines = readFileSync(require.resolve('@doorway/content/sample-dataset'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const doc = JSON.parse(line) as Doc
        edit(doc)
        return JSON.stringify(doc)
      })
    writeFileSync(dataset, lines.join('\n') + '\n')

    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: app,
      env: {
        ...process.env,
        CONTENT_DATASET: dataset,
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      timeout: 220_000,
    })
    const output = `${build.stdout}\n${build.stderr}`
    expect(build.status, output).not.toBe(0)
    expect(output).toContain(`Published content from ${dataset}`)
    // Nothing to publish: no page of either language was written.
    for (const page of ['portal.html', 'es/portal.html'])
      expect(existsSync(join(app, distDir, 'server', 'pages', page)), page).toBe(false)
    return output
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(join(app, distDir), { recursive: true, force: true })
  }
}

test('a build whose sign-in URL points at the clinic’s own website fails and names the document and field', () => {
  test.setTimeout(240_000)
  const output = failedBuild((doc) => {
    if (doc._type === 'clinic')
      (doc.portal as Record<string, unknown>).signInUrl =
        'https://maplegrovepediatrics.example/portal'
  })
  expect(output).toContain('clinic "Maple Grove Pediatrics" › portal.signInUrl:')
  expect(output).toContain('This address is a page of your own website.')
})

test('a build with a live language missing a text fails and names the document, the field and the language', () => {
  test.setTimeout(240_000)
  const output = failedBuild((doc) => {
    if (doc._type !== 'clinic') return
    // The office manager deleted the Spanish portal explanation; Spanish is still live.
    const portal = doc.portal as { explanation: { language: string }[] }
    portal.explanation = portal.explanation.filter((text) => text.language !== 'es')
  })
  expect(output).toContain('clinic "Maple Grove Pediatrics" › portal.explanation:')
  expect(output).toContain('Spanish: the portal explanation is empty.')
})
