import { render, screen } from '@testing-library/react'
import { siteFixture } from '@/test/fixture'
import { LocationSummary, NewPatients } from './LocationSummary'

describe('LocationSummary', () => {
  it('shows the address, a tap-to-call phone, hours (closed days too) and a link to the location page', () => {
    const [location] = siteFixture().locations
    render(<LocationSummary location={location!} />)
    expect(screen.getByRole('heading', { name: 'Downtown clinic' })).toBeInTheDocument()
    expect(screen.getByText(/120 Elm Street/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Call Downtown clinic: (217) 555-0101' })).toHaveAttribute(
      'href',
      'tel:+12175550101',
    )
    expect(screen.getByRole('table', { name: 'Opening hours, Downtown clinic' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: 'Monday 8 am to 5 pm' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: 'Saturday 9 am to noon' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: 'Sunday Closed' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'More about Downtown clinic' })).toHaveAttribute('href', '/locations/downtown')
    expect(screen.getByText('Accepting new patients.')).toBeInTheDocument()
  })
})

describe('NewPatients', () => {
  it('says nothing when the clinic has not said', () => {
    const { container } = render(<NewPatients accepting={null} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('says so when the location is full', () => {
    render(<NewPatients accepting={false} />)
    expect(screen.getByText('Not accepting new patients right now.')).toBeInTheDocument()
  })
})
