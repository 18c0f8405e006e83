/** @jest-environment node */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const RULE = 'client-boundary/no-server-modules-in-client'
const PUBLISHED_RULE = 'client-boundary/no-server-modules-in-published-pages'
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

// The 'use client' cases are linted as an App Router file, where server components live.
const APP_FILE = 'src/app/probe/Probe.tsx'
const COMPONENT = 'src/components/Probe.tsx'
const PAGE = 'src/pages/probe.tsx'
// Files a published page draws, each with what it imports: [file, code].
const PUBLISHED_CASES = {
  contentBarrel: [COMPONENT, importOf('@doorway/content')],
  contentBarrelInPage: [PAGE, importOf('@doorway/content')],
  contentSources: [COMPONENT, importOf('@doorway/content/sources')],
  nodeFs: [COMPONENT, importOf('node:fs')],
  sanityClient: [COMPONENT, importOf('@sanity/client')],
  nextHeaders: [COMPONENT, importOf('next/headers')],
  siteInPage: [PAGE, importOf('@/lib/site')],
  serverEnv: [COMPONENT, importOf('../lib/server-env')],
  publishedContentInComponent: [COMPONENT, importOf('@/lib/published-content')],
  reExportBarrel: [COMPONENT, `export { loadSite } from '@doorway/content'\n`],
  dynamicBarrel: [PAGE, `export const load = () => import('@doorway/content')\n`],
  nestedPage: ['src/pages/locations/[slug].tsx', importOf('@doorway/content')],
  // What is fine: data-only subpaths, type-only imports, getStaticProps' module in a page.
  dataOnlyModel: [COMPONENT, importOf('@doorway/content/model')],
  dataOnlySite: [COMPONENT, importOf('@doorway/content/site')],
  typeOnlyBarrel: [
    COMPONENT,
    `import type { ContentProblem } from '@doorway/content'\nexport type P = ContentProblem\n`,
  ],
  typeOnlyPublishedContent: [
    COMPONENT,
    `import type { PublishedPageProps } from '@/lib/published-content'\nexport type P = PublishedPageProps\n`,
  ],
  publishedContentInPage: [PAGE, importOf('@/lib/published-content')],
  apiRoute: ['src/pages/api/probe.ts', importOf('@doorway/content')],
  appRouter: ['src/app/probe/page.tsx', importOf('@doorway/content')],
} as const

// The real ESLint, with this app's config, in one child process (its config is ESM), linting
// each snippet as if it were the file named with it.
const script = `
const { ESLint } = require('eslint')
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const eslint = new ESLint({ cwd: process.cwd() })
;(async () => {
  const out = {}
  for (const [name, [filePath, code]] of Object.entries(cases)) {
    const [report] = await eslint.lintText(code, { filePath })
    out[name] = report.messages.map((m) => m.ruleId ?? 'parse error: ' + m.message)
  }
  process.stdout.write(JSON.stringify(out))
})()
`
let results: Record<keyof typeof CASES | keyof typeof PUBLISHED_CASES, string[]>

beforeAll(() => {
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: join(__dirname, '../..'),
    input: JSON.stringify({
      ...Object.fromEntries(Object.entries(CASES).map(([name, code]) => [name, [APP_FILE, code]])),
      ...PUBLISHED_CASES,
    }),
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

describe('the published-pages lint rule', () => {
  it.each([
    'contentBarrel',
    'contentBarrelInPage',
    'contentSources',
    'nodeFs',
    'sanityClient',
    'nextHeaders',
    'siteInPage',
    'serverEnv',
    'publishedContentInComponent',
    'reExportBarrel',
    'dynamicBarrel',
    'nestedPage',
  ] as const)('refuses what reaches server-only code (%s)', (name) => {
    expect(results[name]).toContain(PUBLISHED_RULE)
  })

  it.each([
    'dataOnlyModel',
    'dataOnlySite',
    'typeOnlyBarrel',
    'typeOnlyPublishedContent',
    'publishedContentInPage',
    'apiRoute',
    'appRouter',
  ] as const)('allows what stays on the server or carries only data (%s)', (name) => {
    expect(results[name]).not.toContain(PUBLISHED_RULE)
  })
})
