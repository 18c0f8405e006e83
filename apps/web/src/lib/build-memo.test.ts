/** @jest-environment node */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { oncePerBuild } from './build-memo'

const freshDir = () => mkdtempSync(join(tmpdir(), 'doorway-memo-'))

function counter<T>(value: T, delayMs = 0) {
  const calls = { n: 0 }
  const load = async () => {
    calls.n += 1
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    return value
  }
  return { calls, load }
}

describe('oncePerBuild', () => {
  it('outside a build, always loads afresh (revalidation must see new content)', async () => {
    const dir = freshDir()
    const { calls, load } = counter({ a: 1 })
    await oncePerBuild('k', load, { dir, building: false })
    await oncePerBuild('k', load, { dir, building: false })
    expect(calls.n).toBe(2)
    expect(readdirSync(dir)).toEqual([])
  })

  it('during a build, loads once and hands every later caller the same value', async () => {
    const dir = freshDir()
    const { calls, load } = counter({ clinic: 'Maple Grove Pediatrics', locations: [1, 2, 3] })
    const first = await oncePerBuild('build-1', load, { dir, building: true })
    const second = await oncePerBuild('build-1', load, { dir, building: true })
    expect(calls.n).toBe(1)
    expect(second).toEqual(first)
  })

  it('callers racing each other still load once', async () => {
    const dir = freshDir()
    const { calls, load } = counter('content', 200)
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => oncePerBuild('race', load, { dir, building: true })),
    )
    expect(calls.n).toBe(1)
    expect(results).toEqual(['content', 'content', 'content', 'content'])
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([])
  })

  it('a failed load leaves no lock and no memo, so the next caller tries again', async () => {
    const dir = freshDir()
    await expect(
      oncePerBuild('bad', () => Promise.reject(new Error('no clinic')), { dir, building: true }),
    ).rejects.toThrow('no clinic')
    expect(readdirSync(dir)).toEqual([])
    const { calls, load } = counter('fixed')
    await expect(oncePerBuild('bad', load, { dir, building: true })).resolves.toBe('fixed')
    expect(calls.n).toBe(1)
  })

  it('reads the memo once per process: later callers get that value without reading it again', async () => {
    const dir = freshDir()
    // Another build worker wrote the memo first.
    writeFileSync(join(dir, 'published-b.json'), JSON.stringify({ value: { locations: [1, 2] } }))
    const { calls, load } = counter({ locations: [] })
    const first = await oncePerBuild('published-b', load, { dir, building: true })
    expect(first).toEqual({ locations: [1, 2] })
    // A second read of the file would now see this; the process keeps what it read instead.
    writeFileSync(join(dir, 'published-b.json'), JSON.stringify({ value: 'rewritten' }))
    const again = await oncePerBuild('published-b', load, { dir, building: true })
    expect(again).toBe(first)
    expect(calls.n).toBe(0)
  })

  it('keeps only the current build’s memo', async () => {
    const dir = freshDir()
    writeFileSync(join(dir, 'published-old-build.json'), JSON.stringify({ value: 'old' }))
    await oncePerBuild('published-new-build', async () => 'new', { dir, building: true })
    expect(readdirSync(dir)).toEqual(['published-new-build.json'])
  })

  it('without a directory, does not memoise at all', async () => {
    const { calls, load } = counter(1)
    await oncePerBuild('k', load, { dir: undefined, building: true })
    await oncePerBuild('k', load, { dir: undefined, building: true })
    expect(calls.n).toBe(2)
    expect(existsSync(join(process.cwd(), 'undefined'))).toBe(false)
  })
})
