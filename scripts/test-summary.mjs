#!/usr/bin/env node
// Sums the results every test runner wrote (jest --json and Playwright's JSON reporter) into the
// one closing line CI reads: `N passed, N failed`. A runner that wrote no report is not counted,
// so .ci/run also fails on a runner's non-zero exit.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = process.cwd()
const skip = new Set(['node_modules', '.git', '.next', '.turbo', '.sanity'])

function* reports(dir) {
  for (const name of readdirSync(dir)) {
    // Build output (.next, .next-standalone…) may hold copies of reports: count each report once.
    if (skip.has(name) || name.startsWith('.next')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (name === 'test-results') {
        for (const file of readdirSync(path)) if (file.endsWith('.json')) yield join(path, file)
      } else {
        yield* reports(path)
      }
    }
  }
}

let passed = 0
let failed = 0
for (const file of reports(root)) {
  let data
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    // A truncated report (a runner killed mid-write) is a failure, not a crash of the summary.
    console.error(`test-summary: ${relative(root, file)} cannot be read: ${error.message}`)
    failed += 1
    continue
  }
  let p = 0
  let f = 0
  if (data !== null && typeof data.numPassedTests === 'number') {
    p = data.numPassedTests
    // A suite that fails to load has no failed tests but must still count as a failure.
    f = data.numFailedTests + (data.numRuntimeErrorTestSuites ?? 0)
  } else if (data?.stats && typeof data.stats.expected === 'number') {
    p = data.stats.expected + (data.stats.flaky ?? 0)
    f = data.stats.unexpected
  } else {
    console.error(`test-summary: ${relative(root, file)} is not a jest or Playwright report`)
    failed += 1
    continue
  }
  console.info(`${relative(root, file)}: ${p} passed, ${f} failed`)
  passed += p
  failed += f
}
console.info(`${passed} passed, ${failed} failed`)
