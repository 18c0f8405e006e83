import { runQuery, type RawDocument } from '@doorway/content'
import type { DocumentLocationResolverObject } from 'sanity/presentation'
import { locations, mainDocuments } from '../presentation/resolve'
import { loadSample } from './harness'

// Concrete documents from the sample dataset, through the resolvers' own `select`, to the pages
// they show on; and each page back to the document it is about, found by its filter in the dataset.

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

function sampleDoc(id: string): RawDocument {
  const found = sample.find((doc) => doc._id === id)
  if (found === undefined) throw new Error(`The sample dataset has no document "${id}".`)
  return found
}

/** What Presentation hands a resolver: each `select` path read from the document. */
function selected(resolver: DocumentLocationResolverObject, doc: RawDocument) {
  return Object.fromEntries(
    Object.entries(resolver.select).map(([name, path]) => [
      name,
      path
        .split('.')
        .reduce<unknown>(
          (value, key) => (value as Record<string, unknown> | undefined)?.[key],
          doc,
        ),
    ]),
  )
}

function pages(type: keyof typeof locations, doc: RawDocument) {
  const resolver = locations[type] as DocumentLocationResolverObject
  return resolver.resolve(selected(resolver, doc) as never)
}

function hrefs(type: keyof typeof locations, id: string): string[] {
  return pages(type, sampleDoc(id))?.locations?.map((location) => location.href) ?? []
}

test('the clinic shows on the home page and the portal page', () => {
  expect(hrefs('clinic', 'clinic')).toEqual(['/', '/portal', '/portal/help'])
  expect(pages('clinic', sampleDoc('clinic'))?.locations?.[0]?.title).toBe(
    'Maple Grove Pediatrics: home page',
  )
})

test('each sample location shows on its own page, named after it, and in the home page list', () => {
  const ids = sample.filter((doc) => doc._type === 'location').map((doc) => doc._id)
  expect(ids).toContain('location-downtown')
  for (const id of ids) {
    const slug = (sampleDoc(id).slug as { current: string }).current
    expect(hrefs('location', id)).toEqual([`/locations/${slug}`, '/'])
  }
  expect(pages('location', sampleDoc('location-downtown'))?.locations?.[0]).toEqual({
    title: 'Downtown clinic',
    href: '/locations/downtown',
  })
})

test('a location without a slug has no page yet, and says how to get one', () => {
  const { slug: _slug, ...withoutSlug } = sampleDoc('location-downtown')
  const state = pages('location', withoutSlug as RawDocument)
  expect(state?.locations).toBeUndefined()
  expect(state?.message).toBe(
    'Generate the web address name (slug) to preview this location’s page.',
  )
})

test('portal vendors and support contacts show on the portal page', () => {
  expect(hrefs('portalVendor', 'vendor-epic-mychart')).toEqual(['/portal', '/portal/help'])
  expect(hrefs('portalVendor', 'vendor-riverbend-mychart')).toEqual(['/portal', '/portal/help'])
  expect(hrefs('supportContact', 'contact-front-desk')).toEqual(['/portal', '/portal/help'])
})

describe('each page opens the document it is about', () => {
  function filterFor(route: string): string {
    const entry = mainDocuments.find(
      (candidate) => 'route' in candidate && candidate.route === route,
    )
    const filter = entry !== undefined && 'filter' in entry ? entry.filter : undefined
    if (typeof filter !== 'string') throw new Error(`no main document filter for ${route}`)
    return filter
  }

  async function idsFor(route: string, params: Record<string, string> = {}): Promise<string[]> {
    const published = sample.filter((doc) => !doc._id.startsWith('drafts.'))
    return (await runQuery(`*[${filterFor(route)}]._id`, published, params)) as string[]
  }

  test.each(['/', '/portal', '/portal/help'])('%s: the clinic', async (route) => {
    expect(await idsFor(route)).toEqual(['clinic'])
  })

  test('/locations/:slug: the location with that slug, and only it', async () => {
    expect(await idsFor('/locations/:slug', { slug: 'downtown' })).toEqual(['location-downtown'])
    expect(await idsFor('/locations/:slug', { slug: 'nowhere' })).toEqual([])
  })
})
