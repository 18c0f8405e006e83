import { render, screen, within } from '@testing-library/react'
import { siteFixture } from '@/test/fixture'
import { TriageList } from './TriageList'

describe('TriageList', () => {
  it('lists each problem, in order, with what to do and a tap-to-call link that shows the number and hours', () => {
    const { triage } = siteFixture().portal
    render(<TriageList items={triage} />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)

    const first = within(items[0]!)
    expect(first.getByRole('heading', { level: 3 })).toHaveTextContent('My activation code does not work')
    expect(first.getByText('Call the front desk for a new one.')).toBeInTheDocument()
    const call = first.getByRole('link', { name: 'Call Front desk: (217) 555-0134' })
    expect(call).toHaveAttribute('href', 'tel:+12175550134')
    expect(first.getByText('Monday to Friday, 8 am to 5 pm')).toBeInTheDocument()

    const second = within(items[1]!)
    expect(second.getByRole('heading', { level: 3 })).toHaveTextContent('I forgot my password')
    expect(second.getByRole('link', { name: /MyChart patient help line: \(217\) 555-0190/ })).toHaveAttribute(
      'href',
      'tel:+12175550190',
    )
  })

  it('renders an empty list without crashing when there are no items', () => {
    render(<TriageList items={[]} />)
    expect(screen.getByRole('list')).toBeEmptyDOMElement()
  })
})
