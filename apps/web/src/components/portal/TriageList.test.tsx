import type { TriageItem } from '@doorway/content/site'
import { render, screen, within } from '@testing-library/react'
import { siteFixture } from '@/test/fixture'
import { groupByContact, TriageList } from './TriageList'

const { triage } = siteFixture().portal
const [code, password] = triage as [TriageItem, TriageItem]
const frontDesk = code.contact
const row = (key: string, contact = frontDesk): TriageItem => ({
  key,
  problem: `Problem ${key}`,
  whatToDo: `Do ${key}.`,
  contact,
})

describe('groupByContact', () => {
  it('groups rows that share a contact, in the order of each contact’s first row, keeping the clinic’s order inside', () => {
    const rows = [row('a', password.contact), row('b'), row('c', password.contact), row('d')]
    expect(groupByContact(rows).map((g) => [g.contact.id, g.items.map((i) => i.key)])).toEqual([
      ['contact-mychart-help', ['a', 'c']],
      ['contact-front-desk', ['b', 'd']],
    ])
  })
})

describe('TriageList', () => {
  it('lists each problem, in order, with what to do and a tap-to-call link that shows the number and hours', () => {
    render(<TriageList items={triage} language="en" />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)

    const first = within(items[0]!)
    expect(first.getByRole('heading', { level: 3 })).toHaveTextContent(
      'My activation code does not work',
    )
    expect(first.getByText('Call the front desk for a new one.')).toBeInTheDocument()
    const call = first.getByRole('link', { name: 'Call Front desk: (217) 555-0134' })
    expect(call).toHaveAttribute('href', 'tel:+12175550134')
    expect(first.getByText('Monday to Friday, 8 am to 5 pm')).toBeInTheDocument()

    const second = within(items[1]!)
    expect(second.getByRole('heading', { level: 3 })).toHaveTextContent('I forgot my password')
    expect(
      second.getByRole('link', { name: /MyChart patient help line: \(217\) 555-0190/ }),
    ).toHaveAttribute('href', 'tel:+12175550190')
  })

  it('shows each contact’s number and hours once per group, after the group’s problems', () => {
    render(<TriageList items={[code, row('child'), password, row('missing')]} language="en" />)
    const groups = screen.getAllByRole('listitem')
    expect(groups).toHaveLength(2)
    const desk = within(groups[0]!)
    expect(desk.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'My activation code does not work',
      'Problem child',
      'Problem missing',
    ])
    expect(desk.getAllByRole('link', { name: /^Call Front desk/ })).toHaveLength(1)
    expect(desk.getAllByText('Monday to Friday, 8 am to 5 pm')).toHaveLength(1)
    expect(screen.getAllByRole('link', { name: /^Call / })).toHaveLength(2)
  })

  it('renders an empty list without crashing when there are no items', () => {
    render(<TriageList items={[]} language="en" />)
    expect(screen.getByRole('list')).toBeEmptyDOMElement()
  })
})

describe('TriageList in Spanish', () => {
  it('says whom to call in Spanish', () => {
    render(<TriageList items={triage} language="es" />)
    expect(
      screen.getByRole('link', { name: 'Llame a Front desk: (217) 555-0134' }),
    ).toHaveAttribute('href', 'tel:+12175550134')
  })
})
