// node:test reporter that writes the jest-style summary CI sums (numPassedTests / numFailedTests).
/**
 * @param {AsyncIterable<import('node:test/reporters').TestEvent>} source
 */
export default async function* jestJsonReporter(source) {
  let passed = 0
  let failed = 0
  /** @type {{ name: string, file: string | null }[]} */
  const failures = []
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue
    // Suites (describe blocks) report too; count only tests.
    if (event.data.details.type === 'suite') continue
    if (event.type === 'test:pass') passed += 1
    else {
      failed += 1
      failures.push({ name: event.data.name, file: event.data.file ?? null })
    }
  }
  yield JSON.stringify(
    {
      numPassedTests: passed,
      numFailedTests: failed,
      numTotalTests: passed + failed,
      success: failed === 0,
      failures,
    },
    null,
    2,
  )
}
