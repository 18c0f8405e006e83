/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const RULE = 'client-boundary/no-server-modules-in-client'
const importOf = (source: string) => `import { x } from '${source}'\nexport const y = x\n`
const client = (code: string) => `'use client'\n${code}`

const CASES = {
  envSchema: client(importOf('@/lib/env-schema')),
  env: client(importOf('@/lib/env')),
  site: client(importOf('@/lib/site')),
  relativeEnvSchema: client(importOf('../lib/env-schema')),
  relativeSite: client(importOf('../../lib/site')),
  reExport: client(`export { webEnv } from '@/lib/env'\n`),
  dynamicImport: client(`export const load = () => import('@/lib/site')\n`),
  serverComponent: importOf('@/lib/env'),
  clientSafe: client(importOf('@/lib/safe-redirect')),
  clientLookalike: client(importOf('@/lib/environment-free')),
}

// The real ESLint, with this app's config, in one child process (its config is ESM), linting
// each snippet as if it were a file in src/components.
const script = `
const { ESLint } = require('eslint')
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const eslint = new ESLint({ cwd: process.cwd() })
;(async () => {
  const out = {}
  for (const [name, code] of Object.entries(cases)) {
    const [report] = await eslint.lintText(code, { filePath: 'src/components/Probe.tsx' })
    out[name] = report.messages.map((m) => m.ruleId ?? 'parse error: ' + m.message)
  }
  process.stdout.write(JSON.stringify(out))
})()
`
let results: Record<keyof typeof CASES, string[]>

beforeAll(() => {
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: join(__dirname, '../..'),
    input: JSON.stringify(CASES),
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(run.stderr)
  results = JSON.parse(run.stdout)
}, 60_000)

describe('the client-boundary lint rule', () => {
  it.each(['envSchema', 'env', 'site', 'relativeEnvSchema', 'relativeSite'] as const)(
    "refuses the server module in a 'use client' file (%s)",
    (name) => {
      expect(results[name]).toContain(RULE)
    },
  )

  it('refuses a re-export and a dynamic import too', () => {
    expect(results.reExport).toContain(RULE)
    expect(results.dynamicImport).toContain(RULE)
  })

  it('lets server components import them', () => {
    expect(results.serverComponent).toEqual([])
  })

  it("lets a 'use client' file import what is safe in the browser", () => {
    expect(results.clientSafe).toEqual([])
    expect(results.clientLookalike).toEqual([])
  })
})
