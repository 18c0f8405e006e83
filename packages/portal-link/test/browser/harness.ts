// A small stand-in for Jest's globals (describe, test/it, test.each, afterAll, expect), so that the
// rule's own test files run unchanged inside Chromium, where the Studio runs the rule. Only the
// matchers those files use are here; an unknown matcher fails the test that calls it.

type Fn = () => unknown

interface TestCase {
  readonly name: string
  readonly fn: Fn
}

const cases: TestCase[] = []
const afterAlls: Fn[] = []
const prefix: string[] = []

function describe(name: string, body: () => void): void {
  prefix.push(name)
  try {
    body()
  } finally {
    prefix.pop()
  }
}

function format(title: string, args: readonly unknown[]): string {
  let index = 0
  const row = args[0]
  const named =
    args.length === 1 && typeof row === 'object' && row !== null && !Array.isArray(row)
      ? title.replace(/\$(\w+)/g, (_m, key: string) =>
          String((row as Record<string, unknown>)[key]),
        )
      : title
  return named.replace(/%[sdifjop#%]/g, (token) => {
    if (token === '%%') return '%'
    if (token === '%#') return String(index)
    const value = args[index++]
    return token === '%j' || token === '%p' || token === '%o'
      ? JSON.stringify(value)
      : String(value)
  })
}

function test(name: string, fn: Fn): void {
  cases.push({ name: [...prefix, name].join(' › '), fn })
}

test.each =
  (table: readonly unknown[]) =>
  (name: string, fn: (...args: unknown[]) => unknown): void => {
    for (const row of table) {
      const args = Array.isArray(row) ? row : [row]
      test(format(name, args), () => fn(...args))
    }
  }

function afterAll(fn: Fn): void {
  afterAlls.push(fn)
}

class AssertionError extends Error {}

function show(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (v instanceof Set ? [...v] : v))
  } catch {
    return String(value)
  }
}

/** `expect.any(String)` and the like: equal to any value of that type. */
class AnyOf {
  constructor(readonly type: unknown) {}
  matches(value: unknown): boolean {
    if (this.type === String) return typeof value === 'string'
    if (this.type === Number) return typeof value === 'number'
    if (this.type === Boolean) return typeof value === 'boolean'
    return typeof this.type === 'function' && value instanceof this.type
  }
}

function equals(a: unknown, b: unknown): boolean {
  if (b instanceof AnyOf) return b.matches(a)
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  if (keysA.length !== keysB.length) return false
  return keysA.every((k) =>
    equals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  )
}

function matchesObject(actual: unknown, expected: unknown): boolean {
  if (expected instanceof AnyOf) return expected.matches(actual)
  if (typeof expected !== 'object' || expected === null) return equals(actual, expected)
  if (typeof actual !== 'object' || actual === null) return false
  return Object.entries(expected).every(([k, v]) =>
    matchesObject((actual as Record<string, unknown>)[k], v),
  )
}

type Matchers = Record<string, (expected?: unknown) => void>

function matchers(actual: unknown, negate: boolean): Matchers {
  const check = (pass: boolean, what: string, ...expected: unknown[]): void => {
    if (pass === negate) {
      const against = expected.length > 0 ? ` ${show(expected[0])}` : ''
      throw new AssertionError(`expected ${show(actual)} ${negate ? 'not ' : ''}${what}${against}`)
    }
  }
  return {
    toBe: (e) => check(Object.is(actual, e), 'to be', e),
    toEqual: (e) => check(equals(actual, e), 'to equal', e),
    toStrictEqual: (e) => check(equals(actual, e), 'to equal', e),
    toMatchObject: (e) => check(matchesObject(actual, e), 'to match object', e),
    toBeGreaterThan: (e) => check((actual as number) > (e as number), 'to be >', e),
    toBeGreaterThanOrEqual: (e) => check((actual as number) >= (e as number), 'to be >=', e),
    toBeLessThan: (e) => check((actual as number) < (e as number), 'to be <', e),
    toBeLessThanOrEqual: (e) => check((actual as number) <= (e as number), 'to be <=', e),
    toBeNull: () => check(actual === null, 'to be null'),
    toBeUndefined: () => check(actual === undefined, 'to be undefined'),
    toBeDefined: () => check(actual !== undefined, 'to be defined'),
    toBeTruthy: () => check(Boolean(actual), 'to be truthy'),
    toBeFalsy: () => check(!actual, 'to be falsy'),
    toHaveLength: (e) => check((actual as { length: number }).length === e, 'to have length', e),
    toMatch: (e) =>
      check(
        e instanceof RegExp ? e.test(String(actual)) : String(actual).includes(String(e)),
        'to match',
        String(e),
      ),
    toContain: (e) =>
      check(
        typeof actual === 'string'
          ? actual.includes(String(e))
          : Array.from(actual as Iterable<unknown>).includes(e),
        'to contain',
        e,
      ),
  }
}

function expect(actual: unknown): Matchers & { not: Matchers } {
  return Object.assign(matchers(actual, false), { not: matchers(actual, true) })
}
expect.any = (type: unknown) => new AnyOf(type)

export interface BrowserRunResult {
  readonly passed: number
  readonly failed: { readonly name: string; readonly message: string }[]
}

async function runAll(): Promise<BrowserRunResult> {
  let passed = 0
  const failed: { name: string; message: string }[] = []
  for (const c of cases) {
    try {
      await c.fn()
      passed += 1
    } catch (error) {
      failed.push({ name: c.name, message: error instanceof Error ? error.message : String(error) })
    }
  }
  for (const fn of afterAlls) await fn()
  return { passed, failed }
}

Object.assign(globalThis, { describe, test, it: test, afterAll, expect, runAll })
