/**
 * @jest-environment node
 */
import { getStaticProps } from '@/pages/locations/[slug]'
import { readPublishedSite } from '@/lib/published-content'

// Next.js writes each prerendered page's props to a data file of its own. A location page that
// carried every location would make a build of n locations write n × n of them.
it('a location page carries its own location, not the whole list', async () => {
  const { locations } = await readPublishedSite()
  expect(locations.length).toBeGreaterThan(1)
  for (const { slug } of locations) {
    const result = await getStaticProps({ params: { slug } })
    if (!('props' in result)) throw new Error(`no props for ${slug}`)
    const props = await result.props
    expect(props.content.locations.map((l) => l.slug)).toEqual([slug])
    expect(props.location.slug).toBe(slug)
  }
})
