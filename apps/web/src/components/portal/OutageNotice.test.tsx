import { render, screen } from '@testing-library/react'
import { OutageNotice } from './OutageNotice'

const notice = {
  message: 'MyChart is down for an upgrade. Call the front desk for anything urgent.',
  startsAt: '2025-11-29T22:00:00-06:00',
  endsAt: '2025-11-30T02:00:00-06:00',
}

function renderAt(iso: string, n: typeof notice | null = notice) {
  return render(<OutageNotice notice={n} portalName="Maple Grove MyChart" now={new Date(iso)} timeZone="America/Chicago" />)
}

describe('OutageNotice', () => {
  it('is hidden before the notice starts', () => {
    renderAt('2025-11-29T21:59:59-06:00')
    expect(screen.queryByText(/down for an upgrade/)).toBeNull()
  })

  it('shows from the start time, inclusive, with its window in the clinic’s time zone', () => {
    renderAt('2025-11-29T22:00:00-06:00')
    expect(screen.getByRole('heading', { name: 'Maple Grove MyChart notice' })).toBeInTheDocument()
    expect(screen.getByText(notice.message)).toBeInTheDocument()
    expect(screen.getByText(/From Saturday, November 29.*10:00 PM CST until Sunday, November 30.*2:00 AM CST/)).toBeInTheDocument()
  })

  it('still shows one second before the end', () => {
    renderAt('2025-11-30T01:59:59-06:00')
    expect(screen.getByText(notice.message)).toBeInTheDocument()
  })

  it('is hidden from the end time on (exclusive end)', () => {
    renderAt('2025-11-30T02:00:00-06:00')
    expect(screen.queryByText(notice.message)).toBeNull()
  })

  it('renders nothing when there is no notice', () => {
    const { container } = renderAt('2025-11-29T23:00:00-06:00', null)
    expect(container).toBeEmptyDOMElement()
  })

  it('can sit under an h2 as an h3', () => {
    render(
      <OutageNotice notice={notice} portalName="MyChart" now={new Date('2025-11-29T23:00:00-06:00')} timeZone="UTC" headingLevel="h3" />,
    )
    expect(screen.getByRole('heading', { level: 3, name: 'MyChart notice' })).toBeInTheDocument()
  })
})
