import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// A real build (no browser), through the site's one build task (scripts/build.mjs): content whose sign-in link points at the clinic's own site
// must stop the build, and the log must say which document and field to fix.
test('a build whose sign-in URL points at the clinic’s own website fails and names the document and field', async () => {
  test.setTimeout(240_000)
  const dir = mkdtempSync(join(tmpdir(), 'doorway-invalid-'))
  const distDir = `.next-invalid-content-${process.pid}`
  try {
    const dataset = join(dir, 'clinic.ndjson')
    const lines = readFileSync(require.resolve('@doorway/content/sample-dataset'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const doc = JSON.parse(line)
        if (doc._type === 'clinic')
          doc.portal.signInUrl = 'https://maplegrovepediatrics.example/portal'
        return JSON.stringify(doc)
      })
    writeFileSync(dataset, lines.join('\n') + '\n')

    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: join(__dirname, '..'),
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
    expect(output).toContain('clinic "Maple Grove Pediatrics" › portal.signInUrl:')
    expect(output).toContain('This address is a page of your own website.')
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(join(__dirname, '..', distDir), { recursive: true, force: true })
  }
})
