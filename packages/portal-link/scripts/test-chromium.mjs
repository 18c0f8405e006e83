#!/usr/bin/env node
// Runs the rule's whole test suite (test/*.test.ts, unchanged) inside headless Chromium, where the
// Studio runs the rule for office managers: one verdict in Node and in the browser. The files are
// bundled with esbuild next to a small Jest stand-in (test/browser/harness.ts); the two files they
// read from disk are embedded. Writes a Jest-style report to test-results/chromium.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const testDir = join(root, 'test')
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const testFiles = readdirSync(testDir)
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
if (testFiles.length === 0) throw new Error(`No test files in ${testDir}`)

// Files the tests read with readFileSync, by the absolute path they compute.
const embedded = { [join(root, 'README.md')]: readFileSync(join(root, 'README.md'), 'utf8') }
for (const name of readdirSync(join(testDir, 'fixtures'))) {
  embedded[join(testDir, 'fixtures', name)] = readFileSync(join(testDir, 'fixtures', name), 'utf8')
}

const nodeShims = {
  name: 'node-shims',
  setup(builder) {
    builder.onResolve({ filter: /^node:(fs|path)$/ }, (args) => ({
      path: args.path,
      namespace: 'node-shim',
    }))
    builder.onLoad({ filter: /^node:fs$/, namespace: 'node-shim' }, () => ({
      contents: `const files = ${JSON.stringify(embedded)}
        export function readFileSync(path) {
          if (!(path in files)) throw new Error('not embedded for the browser run: ' + path)
          return files[path]
        }`,
      loader: 'js',
    }))
    builder.onLoad({ filter: /^node:path$/, namespace: 'node-shim' }, () => ({
      contents: `export function join(...parts) {
          const out = []
          for (const part of parts.join('/').split('/')) {
            if (part === '..') out.pop()
            else if (part !== '.' && part !== '') out.push(part)
          }
          return '/' + out.join('/')
        }`,
      loader: 'js',
    }))
  },
}

const entry = [
  `import './browser/harness'`,
  ...testFiles.map((name) => `import './${name.replace(/\.ts$/, '')}'`),
].join('\n')

const bundle = await build({
  stdin: { contents: entry, resolveDir: testDir, loader: 'ts', sourcefile: 'browser-entry.ts' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
  define: { __dirname: JSON.stringify(testDir) },
  plugins: [nodeShims],
})

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
})
let result
let version
try {
  version = browser.version()
  const page = await (await browser.newContext()).newPage()
  const logs = []
  page.on('console', (message) => logs.push(message.text()))
  const pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto('about:blank')
  await page.addScriptTag({ content: bundle.outputFiles[0].text })
  if (pageErrors.length > 0) throw new Error(`The suite failed to load: ${pageErrors.join('; ')}`)
  result = await page.evaluate(() => globalThis.runAll())
  for (const line of logs) console.info(line)
} finally {
  await browser.close()
}

for (const failure of result.failed) console.error(`✗ ${failure.name}\n    ${failure.message}`)
console.info(
  `Chromium ${version}: ${testFiles.length} test files, ${result.passed} passed, ${result.failed.length} failed`,
)
mkdirSync(join(root, 'test-results'), { recursive: true })
writeFileSync(
  join(root, 'test-results', 'chromium.json'),
  JSON.stringify({
    numPassedTests: result.passed,
    numFailedTests: result.failed.length,
    numRuntimeErrorTestSuites: 0,
    runner: `chromium ${version}`,
    failures: result.failed,
  }),
)
process.exitCode = result.failed.length > 0 ? 1 : 0
