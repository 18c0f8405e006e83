import type { DocumentLocationResolverObject } from 'sanity/presentation'
import { locations, mainDocuments, resolve } from '../presentation/resolve'

function hrefs(type: keyof typeof locations, doc: Record<string, unknown> | null): string[] {
  const resolver = locations[type] as DocumentLocationResolverObject
  const state = resolver.resolve(doc as never)
  return state?.locations?.map((location) => location.href) ?? []
}

test('the clinic shows on the home page and the portal page', () => {
  expect(hrefs('clinic', { name: 'Maple Grove Pediatrics' })).toEqual(['/', '/portal'])
})

test('a location shows on its own page (and in the home page list)', () => {
  expect(hrefs('location', { name: 'Downtown clinic', slug: 'downtown' })).toEqual([
    '/locations/downtown',
    '/',
  ])
})

test('a location without a slug has no page yet, and says how to get one', () => {
  const state = (locations.location as DocumentLocationResolverObject).resolve({
    name: 'New clinic',
  } as never)
  expect(state?.locations).toBeUndefined()
  expect(state?.message).toMatch(/Generate/)
})

test('portal vendors and support contacts show on the portal page', () => {
  expect(hrefs('portalVendor', { name: 'MyChart' })).toEqual(['/portal'])
  expect(hrefs('supportContact', { name: 'Front desk' })).toEqual(['/portal'])
})

test('each resolver selects the fields it reads', () => {
  expect((locations.location as DocumentLocationResolverObject).select).toEqual({
    name: 'name',
    slug: 'slug.current',
  })
})

test('pages map back to their main documents', () => {
  expect(mainDocuments.map((entry) => ('route' in entry ? entry.route : null))).toEqual([
    '/',
    '/portal',
    '/locations/:slug',
  ])
  expect(mainDocuments[2]).toMatchObject({ filter: '_type == "location" && slug.current == $slug' })
  expect(resolve).toEqual({ locations, mainDocuments })
})
