import { attempt, need } from '../src/documents'

// The check builds each document where its rules ran: a value that failed its rule builds
// nothing, and nothing else may be swallowed on the way.
describe('attempt and need', () => {
  it('build what the values make when every one is there', () => {
    expect(attempt(() => ({ phone: need('(217) 555-0100'), count: need(0) }))).toEqual({
      phone: '(217) 555-0100',
      count: 0,
    })
  })

  it.each([null, undefined])('build nothing when a value failed its rule (%p)', (failed) => {
    expect(attempt(() => ({ phone: need(failed) }))).toBeNull()
  })

  it('let any other error through, so a bug is never read as a content problem', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('a bug')
      }),
    ).toThrow('a bug')
  })

  it('outside attempt, a missing value is an internal error, not content', () => {
    expect(() => need(null)).toThrow('Internal error: a value that failed its rule was built.')
  })

  it('give that internal error a stack that names the code that needed the value', () => {
    function buildsTheClinic() {
      need(undefined)
    }
    let error: unknown
    try {
      buildsTheClinic()
    } catch (caught) {
      error = caught
    }
    expect((error as Error).stack).toContain('buildsTheClinic')
  })
})
