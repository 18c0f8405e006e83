import assert from 'node:assert/strict'
import { test } from 'node:test'
import { configFor, parseArgs, reportPath, SECTIONS } from '../src/args.mjs'

test('no flags: every section, no check', () => {
  const o = parseArgs([])
  assert.deepEqual(o.only, SECTIONS)
  assert.equal(o.check, false)
  assert.equal(o.smoke, false)
})

test('--only keeps the run order and rejects unknown sections', () => {
  assert.deepEqual(parseArgs(['--only=load,weight']).only, ['weight', 'load'])
  assert.throws(() => parseArgs(['--only=weight,speed']), /Unknown section in --only: speed/)
  assert.throws(() => parseArgs(['--only=']), /Unknown section/)
})

test('unknown flags and --smoke with --check are refused', () => {
  assert.throws(() => parseArgs(['--fast']), /Unknown flag --fast/)
  assert.throws(() => parseArgs(['--smoke', '--check']), /cannot be combined/)
})

test('the full run uses the sizes the issue asks for; smoke is smaller everywhere', () => {
  const full = configFor(false)
  const smoke = configFor(true)
  assert.deepEqual(full.sizes, [3, 100, 1000])
  // Issue 16: the 1,000-location build in two languages is recorded against one language.
  assert.equal(full.languageComparison, 1000)
  assert.ok(smoke.languageComparison === null || smoke.languageComparison < 1000)
  assert.equal(full.lighthouseRuns, 3)
  assert.equal(full.publishEdits, 20)
  assert.equal(full.loadSeconds, 30)
  assert.equal(full.loadConnections, 50)
  assert.ok(Math.max(...smoke.sizes) < 1000 && smoke.loadSeconds < 30 && smoke.publishEdits < 20)
})

test('only a full run writes docs/benchmarks.md; smoke and partial runs write elsewhere', () => {
  assert.equal(reportPath(parseArgs([])), 'docs/benchmarks.md')
  assert.equal(reportPath(parseArgs(['--check'])), 'docs/benchmarks.md')
  assert.equal(
    reportPath(parseArgs(['--check', '--only=lighthouse'])),
    'bench/.tmp/benchmarks-partial.md',
  )
  assert.equal(
    reportPath(parseArgs(['--only=weight,lighthouse', '--reuse-build'])),
    'bench/.tmp/benchmarks-partial.md',
  )
  // Naming every section is a full run.
  assert.equal(reportPath(parseArgs([`--only=${SECTIONS.join(',')}`])), 'docs/benchmarks.md')
  assert.equal(reportPath(parseArgs(['--smoke'])), 'bench/results-smoke.md')
  assert.equal(reportPath(parseArgs(['--only=load', '--out=x/report.md'])), 'x/report.md')
})
