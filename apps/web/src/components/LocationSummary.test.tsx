import { render, screen, within } from '@testing-library/react'
import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { LocationSummary, NewPatients } from './LocationSummary'

describe('LocationSummary', () => {
  it('shows the address, a tap-to-call phone, hours (closed days too) and a link to the location page', () => {
    const [location] = siteFixture().locations
    render(
      <LocationSummary location={location!} now={new Date('2026-10-01T12:00:00Z')} language="en" />,
    )
    expect(screen.getByRole('heading', { name: 'Downtown clinic' })).toBeInTheDocument()
    expect(screen.getByText(/120 Elm Street/)).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Call Downtown clinic: (217) 555-0101' }),
    ).toHaveAttribute('href', 'tel:+12175550101')
    expect(
      screen.getByRole('table', { name: 'Opening hours, Downtown clinic' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('row', { name: 'Monday 8:00 am – 12:00 pm, 1:00 pm – 5:00 pm' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('row', { name: 'Saturday 9:00 am – 12:00 pm' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: 'Sunday Closed' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'More about Downtown clinic' })).toHaveAttribute(
      'href',
      '/locations/downtown',
    )
    expect(screen.getByText('Accepting new patients.')).toBeInTheDocument()
  })

  it('links to directions on the map service’s own site, with the address only', () => {
    const [location] = siteFixture().locations
    render(
      <LocationSummary location={location!} now={new Date('2026-10-01T12:00:00Z')} language="en" />,
    )
    const link = screen.getByRole('link', { name: 'Directions to Downtown clinic (Google Maps)' })
    expect(link).toHaveAttribute(
      'href',
      'https://www.google.com/maps/dir/?api=1&destination=120%20Elm%20Street%2C%20Maple%20Grove%2C%20IL%2061701%2C%20US',
    )
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })
})

describe('special hours', () => {
  const [location] = siteFixture().locations
  // Noon on a day in Chicago, the location's time zone.
  const at = (day: string) => new Date(`${day}T18:00:00Z`)
  const shown = (now: Date) => {
    const { container } = render(<LocationSummary location={location!} now={now} language="en" />)
    return [...container.querySelectorAll('.special-hours li')].map((li) => li.textContent)
  }

  it.each([
    ['more than a week before', '2026-11-18', []],
    [
      'a week before',
      '2026-11-19',
      ['Thursday, November 26 to Friday, November 27 (Thanksgiving): Closed'],
    ],
    [
      'on its last day',
      '2026-11-27',
      ['Thursday, November 26 to Friday, November 27 (Thanksgiving): Closed'],
    ],
    [
      'the day after, when the next is within a week',
      '2026-12-17',
      ['Thursday, December 24 (Christmas Eve): 8:00 am – 12:00 pm'],
    ],
    ['after the last', '2026-12-25', []],
  ])('%s (%s): %j', (_, day, expected) => {
    expect(shown(at(day))).toEqual(expected)
  })

  it('counts days in the location’s time zone, not the server’s', () => {
    // 2026-11-19 01:00 UTC is still November 18 in Chicago: eight days before.
    expect(shown(new Date('2026-11-19T01:00:00Z'))).toEqual([])
    expect(shown(new Date('2026-11-19T06:00:00Z'))).toHaveLength(1)
  })
})

describe('NewPatients', () => {
  it('says nothing when the clinic has not said', () => {
    const { container } = render(<NewPatients accepting={null} language="en" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('says so when the location is full', () => {
    render(<NewPatients accepting={false} language="en" />)
    expect(screen.getByText('Not accepting new patients right now.')).toBeInTheDocument()
  })
})

describe('LocationSummary in Spanish', () => {
  it('names the days, the hours and new patients in Spanish', () => {
    const [location] = spanishSiteFixture().locations
    render(
      <LocationSummary location={location!} now={new Date('2026-10-01T12:00:00Z')} language="es" />,
    )
    const table = screen.getByRole('table', { name: 'Horario de atención, Clínica del centro' })
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent?.replace(/[\u00a0\u202f]/g, ' '))
    expect(rows).toEqual([
      'Lunes8:00 a.m. – 12:00 p.m., 1:00 p.m. – 5:00 p.m.',
      'Sábado9:00 a.m. – 12:00 p.m.',
      'DomingoCerrado',
    ])
    expect(screen.getByText('Aceptamos pacientes nuevos.')).toBeInTheDocument()
    render(<NewPatients accepting={false} language="es" />)
    expect(screen.getByText('Por ahora no aceptamos pacientes nuevos.')).toBeInTheDocument()
  })
})
