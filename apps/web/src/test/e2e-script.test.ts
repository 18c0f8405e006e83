/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// Runs the real scripts/test-e2e.sh with stand-ins for `node` (which runs scripts/build.mjs, the
// site's build task) and `playwright` on PATH, which record how they were called and exit as told.
const SCRIPT = resolve(__dirname, '../../scripts/test-e2e.sh')

function run(exits: { build: number; site: number; preview: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-e2e-script-'))
  const log = join(dir, 'calls.log')
  const stub = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
    chmodSync(join(dir, name), 0o755)
  }
  stub(
    'node',
    `echo "node $(basename "$1") SANITY_PROJECT_ID=[$SANITY_PROJECT_ID] DOORWAY_QUERY_LOG=[$DOORWAY_QUERY_LOG]" >> ${log}; exit ${exits.build}`,
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
  return { status: result.status, calls, dir }
}

describe('npm run test:e2e (scripts/test-e2e.sh)', () => {
  it('builds once in local mode, whatever the shell says, then runs both suites', () => {
    const { status, calls, dir } = run({ build: 0, site: 0, preview: 0 })
    expect(status).toBe(0)
    expect(calls).toEqual([
      `node build.mjs SANITY_PROJECT_ID=[] DOORWAY_QUERY_LOG=[${dir}/test-results/build-content-queries.log]`,
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
    expect(calls).toEqual([expect.stringMatching(/^node build\.mjs SANITY_PROJECT_ID=\[\] /)])
  })
})
