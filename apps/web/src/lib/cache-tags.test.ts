/** @jest-environment node */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate, parse } from 'groq-js'
import {
  SITE_PATHS,
  sitePaths,
  WEBHOOK_PROJECTION,
  parseChange,
  pathsToRevalidate,
  type ChangedDocument,
} from './cache-tags'
import { HANDOUT_PATH } from './page-meta'

const change = (overrides: Partial<ChangedDocument>): ChangedDocument => ({
  type: 'clinic',
  id: 'clinic',
  slug: null,
  previousSlug: null,
  rev: null,
  deleted: false,
  ...overrides,
})

// The one place the list is written out; the other tests build on SITE_PATHS.
test('SITE_PATHS: every page that shows the clinic, the vendor or the contacts, and the sitemap', () => {
  expect(SITE_PATHS).toEqual([
    '/',
    '/portal',
    '/portal/help',
    '/portal/handout',
    '/language-assistance',
    '/accessibility',
    '/sitemap.xml',
  ])
})

test('sitePaths: the same pages in each live language, each under its prefix, and one sitemap', () => {
  const paths = sitePaths(['en', 'es', 'zh-Hant'])
  expect(paths).toEqual([
    ...SITE_PATHS.filter((path) => path !== '/sitemap.xml'),
    '/es',
    '/es/portal',
    '/es/portal/help',
    '/es/portal/handout',
    '/es/language-assistance',
    '/es/accessibility',
    '/zh-hant',
    '/zh-hant/portal',
    '/zh-hant/portal/help',
    '/zh-hant/portal/handout',
    '/zh-hant/language-assistance',
    '/zh-hant/accessibility',
    '/sitemap.xml',
  ])
  expect(new Set(paths).size).toBe(paths.length)
})

describe('parseChange', () => {
  it('reads the projection the webhook sends', () => {
    expect(
      parseChange({
        _type: 'location',
        _id: 'location-downtown',
        slug: 'downtown',
        previousSlug: 'main-st',
      }),
    ).toEqual({
      ok: true,
      change: {
        type: 'location',
        id: 'location-downtown',
        slug: 'downtown',
        previousSlug: 'main-st',
        rev: null,
        deleted: false,
      },
    })
  })

  it('reads the revision and the delete flag', () => {
    expect(
      parseChange({ _type: 'clinic', _id: 'clinic', _rev: 'xUv3Zk9pQ2rS7tW1', deleted: false }),
    ).toMatchObject({ ok: true, change: { rev: 'xUv3Zk9pQ2rS7tW1', deleted: false } })
    expect(
      parseChange({ _type: 'clinic', _id: 'clinic', _rev: 'r1', deleted: true }),
    ).toMatchObject({ ok: true, change: { rev: 'r1', deleted: true } })
  })

  it('accepts an older projection without _rev or deleted: no revision, not a delete', () => {
    expect(parseChange({ _type: 'clinic', _id: 'clinic' })).toEqual({
      ok: true,
      change: {
        type: 'clinic',
        id: 'clinic',
        slug: null,
        previousSlug: null,
        rev: null,
        deleted: false,
      },
    })
  })

  it.each([[''], [42], ['has spaces'], ['x'.repeat(129)], [{ rev: 'r1' }]])(
    'treats the odd revision %j as none',
    (rev) => {
      expect(parseChange({ _type: 'clinic', _id: 'clinic', _rev: rev })).toMatchObject({
        ok: true,
        change: { rev: null },
      })
    },
  )

  it('counts only a JSON true as a delete', () => {
    for (const deleted of ['true', 1, null]) {
      expect(parseChange({ _type: 'clinic', _id: 'clinic', deleted })).toMatchObject({
        ok: true,
        change: { deleted: false },
      })
    }
  })

  it('treats a missing or odd slug as unknown rather than making a path of it', () => {
    const parsed = parseChange({ _type: 'location', _id: 'x', slug: '../../etc', previousSlug: 7 })
    expect(parsed).toEqual({
      ok: true,
      change: {
        type: 'location',
        id: 'x',
        slug: null,
        previousSlug: null,
        rev: null,
        deleted: false,
      },
    })
  })

  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    ['clinic', /JSON object/],
    [{ _id: 'clinic' }, /type undefined/],
    [{ _type: 'post', _id: 'p1' }, /type "post".*filter/],
    [{ _type: 'clinic' }, /no _id/],
    [{ _type: 'clinic', _id: '' }, /no _id/],
  ])('refuses %j with a message that says what to fix', (body, message) => {
    const parsed = parseChange(body)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })
})

describe('pathsToRevalidate', () => {
  const published = ['downtown', 'northside']

  it.each(['clinic', 'portalVendor', 'supportContact'] as const)(
    'a %s change re-renders every page: header and footer show it',
    (type) => {
      expect(pathsToRevalidate(change({ type }), published)).toEqual([
        ...SITE_PATHS,
        '/locations/downtown',
        '/locations/northside',
      ])
    },
  )

  it.each(['clinic', 'portalVendor', 'supportContact'] as const)(
    'a %s change re-renders the printed sign-up sheet: it prints the clinic, the portal address and whom to call',
    (type) => {
      expect(pathsToRevalidate(change({ type }), published)).toContain(HANDOUT_PATH)
    },
  )

  it('a location change re-renders its own page and the pages that list it, not the others', () => {
    expect(pathsToRevalidate(change({ type: 'location', slug: 'downtown' }), published)).toEqual([
      ...SITE_PATHS,
      '/locations/downtown',
    ])
  })

  it('in a site with Spanish, a clinic change re-renders every page in both languages', () => {
    expect(pathsToRevalidate(change({ type: 'clinic' }), published, ['en', 'es'])).toEqual([
      ...sitePaths(['en', 'es']),
      '/locations/downtown',
      '/locations/northside',
      '/es/locations/downtown',
      '/es/locations/northside',
    ])
  })

  it('in a site with Spanish, a location change re-renders its page in both languages, old address too', () => {
    expect(
      pathsToRevalidate(
        change({ type: 'location', slug: 'downtown', previousSlug: 'main-st' }),
        published,
        ['en', 'es'],
      ),
    ).toEqual([
      ...sitePaths(['en', 'es']),
      '/locations/downtown',
      '/locations/main-st',
      '/es/locations/downtown',
      '/es/locations/main-st',
    ])
  })

  it('re-renders the old address too when the slug changed (it then answers 404)', () => {
    expect(
      pathsToRevalidate(
        change({ type: 'location', slug: 'downtown', previousSlug: 'main-st' }),
        published,
      ),
    ).toEqual([...SITE_PATHS, '/locations/downtown', '/locations/main-st'])
  })

  it('a new location’s page, not yet published at build, is re-rendered by its slug', () => {
    expect(pathsToRevalidate(change({ type: 'location', slug: 'lakeside' }), [])).toContain(
      '/locations/lakeside',
    )
  })

  it('names each path once', () => {
    const paths = pathsToRevalidate(
      change({ type: 'location', slug: 'downtown', previousSlug: 'downtown' }),
      published,
    )
    expect(new Set(paths).size).toBe(paths.length)
  })
})

describe('WEBHOOK_PROJECTION', () => {
  // Sanity evaluates the projection in delta mode: before() and after() are the document around
  // the change, and the projection's own fields come from the document (as it was, for a delete).
  // groq-js, Sanity's GROQ engine, does the same here.
  const before = { _id: 'loc-1', _type: 'location', _rev: 'rev-1', slug: { current: 'main-st' } }
  const after = { _id: 'loc-1', _type: 'location', _rev: 'rev-2', slug: { current: 'downtown' } }
  async function project(b: object | null, a: object | null): Promise<unknown> {
    const tree = parse(WEBHOOK_PROJECTION, { mode: 'delta' })
    return (await evaluate(tree, { root: a ?? b, before: b, after: a })).get()
  }

  it('sends what parseChange reads for a create, an update and a delete', async () => {
    expect(parseChange(await project(null, after))).toEqual({
      ok: true,
      change: change({ type: 'location', id: 'loc-1', slug: 'downtown', rev: 'rev-2' }),
    })
    expect(parseChange(await project(before, after))).toEqual({
      ok: true,
      change: change({
        type: 'location',
        id: 'loc-1',
        slug: 'downtown',
        previousSlug: 'main-st',
        rev: 'rev-2',
      }),
    })
    expect(parseChange(await project(before, null))).toEqual({
      ok: true,
      change: change({
        type: 'location',
        id: 'loc-1',
        slug: 'main-st',
        previousSlug: 'main-st',
        rev: 'rev-1',
        deleted: true,
      }),
    })
  })

  it('is the projection the README tells people to set', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')
    expect(readme).toContain(`\`${WEBHOOK_PROJECTION}\``)
  })
})
