/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// Runs the real scripts/test-e2e.sh with stand-ins for `next` and `playwright` on PATH, which
// record how they were called and exit as told.
const SCRIPT = resolve(__dirname, '../../scripts/test-e2e.sh')

function run(exits: { build: number; site: number; preview: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-e2e-script-'))
  const log = join(dir, 'calls.log')
  const stub = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
    chmodSync(join(dir, name), 0o755)
  }
  stub(
    'next',
    `echo "next $* SANITY_PROJECT_ID=[$SANITY_PROJECT_ID]" >> ${log}; exit ${exits.build}`,
  )
  stub(
    'playwright',
    `echo "playwright $* SANITY_PROJECT_ID=[$SANITY_PROJECT_ID]" >> ${log}
case "$*" in *preview*) exit ${exits.preview};; *) exit ${exits.site};; esac`,
  )
  const result = spawnSync('sh', [SCRIPT], {
    cwd: dir,
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, SANITY_PROJECT_ID: 'from-my-shell' },
    encoding: 'utf8',
  })
  const calls = readFileSync(log, 'utf8').trim().split('\n')
  return { status: result.status, calls }
}

describe('npm run test:e2e (scripts/test-e2e.sh)', () => {
  it('builds once in local mode, whatever the shell says, then runs both suites', () => {
    const { status, calls } = run({ build: 0, site: 0, preview: 0 })
    expect(status).toBe(0)
    expect(calls).toEqual([
      'next build SANITY_PROJECT_ID=[]',
      'playwright test SANITY_PROJECT_ID=[]',
      'playwright test -c playwright.preview.config.ts SANITY_PROJECT_ID=[]',
    ])
  })

  it('still runs the preview suite when the site suite fails, and fails', () => {
    const { status, calls } = run({ build: 0, site: 1, preview: 0 })
    expect(status).toBe(1)
    expect(calls).toHaveLength(3)
  })

  it('fails when only the preview suite fails', () => {
    expect(run({ build: 0, site: 0, preview: 1 }).status).toBe(1)
  })

  it('runs no suite when the build fails', () => {
    const { status, calls } = run({ build: 1, site: 0, preview: 0 })
    expect(status).toBe(1)
    expect(calls).toEqual(['next build SANITY_PROJECT_ID=[]'])
  })
})
