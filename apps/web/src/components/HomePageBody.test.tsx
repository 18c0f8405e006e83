import type { SiteContent } from '@doorway/content'
import { render, screen, within } from '@testing-library/react'
import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { HomePageBody } from './HomePageBody'

const NOW = new Date('2025-11-20T12:00:00Z')
const SITE_URL = 'https://www.maplegrovepediatrics.example'

/** The fixture's one location, plus `extra` more with their own names and slugs. */
function withLocations(extra: number): SiteContent {
  const content = siteFixture()
  const [first] = content.locations
  for (const n of Array.from({ length: extra }, (_, i) => i + 2)) {
    content.locations.push({
      ...first!,
      id: `location-${n}`,
      name: `Clinic ${n}`,
      slug: `clinic-${n}`,
    })
  }
  return content
}

function jsonLdGraph(container: HTMLElement): { '@type': string; '@id': string }[] {
  const scripts = container.querySelectorAll('script[type="application/ld+json"]')
  expect(scripts).toHaveLength(1)
  return JSON.parse(scripts[0]!.textContent ?? '{}')['@graph']
}

describe('HomePageBody', () => {
  it('with one location, speaks of “our clinic” and “Our location”, with one JSON-LD entry', () => {
    const { container } = render(
      <HomePageBody content={siteFixture()} now={NOW} siteUrl={SITE_URL} />,
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'Maple Grove Pediatrics' }),
    ).toBeInTheDocument()
    expect(container.querySelector('.lead')).toHaveTextContent(
      /^Children’s care at our clinic\. Call us: \(217\) 555-0100$/,
    )
    const section = screen.getByRole('region', { name: 'Our location' })
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Downtown clinic'])
    expect(screen.queryByRole('heading', { name: 'Our locations' })).toBeNull()
    const graph = jsonLdGraph(container)
    expect(graph).toHaveLength(1)
    expect(graph[0]).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': `${SITE_URL}/locations/downtown#clinic`,
    })
  })

  it('with three locations, counts them and lists each, with a JSON-LD entry each', () => {
    const { container } = render(
      <HomePageBody content={withLocations(2)} now={NOW} siteUrl={SITE_URL} />,
    )
    expect(container.querySelector('.lead')).toHaveTextContent(/^Children’s care at 3 locations\./)
    const section = screen.getByRole('region', { name: 'Our locations' })
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Downtown clinic', 'Clinic 2', 'Clinic 3'])
    expect(jsonLdGraph(container).map((entry) => entry['@id'])).toEqual([
      `${SITE_URL}/locations/downtown#clinic`,
      `${SITE_URL}/locations/clinic-2#clinic`,
      `${SITE_URL}/locations/clinic-3#clinic`,
    ])
  })

  it('has the portal card with its one sign-in link', () => {
    render(<HomePageBody content={siteFixture()} now={NOW} siteUrl={SITE_URL} />)
    const card = screen.getByRole('region', { name: 'Patient portal: Maple Grove MyChart' })
    expect(within(card).getAllByRole('link', { name: /^Sign in to / })).toHaveLength(1)
  })
})

describe('HomePageBody in Spanish', () => {
  it('speaks of “nuestra clínica” and “Nuestra ubicación”, with the specialty in Spanish', () => {
    const { container } = render(
      <HomePageBody content={spanishSiteFixture()} now={NOW} siteUrl={SITE_URL} />,
    )
    expect(container.querySelector('.lead')).toHaveTextContent(
      /^Atención para niños en nuestra clínica\. Llámenos: \(217\) 555-0100$/,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Nuestra ubicación' })).toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'Portal del paciente: Maple Grove MyChart' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Más sobre Clínica del centro' })).toBeInTheDocument()
  })
})
