import { render, screen } from '@testing-library/react'
import { OutageNotice } from './OutageNotice'

const notice = {
  message: 'MyChart is down for an upgrade. Call the front desk for anything urgent.',
  startsAt: '2025-11-29T22:00:00-06:00',
  endsAt: '2025-11-30T02:00:00-06:00',
}

// The window as the clinic writes it, in its own time zone.
const START = /Saturday, November 29.*10:00 PM CST/
const END = /Sunday, November 30.*2:00 AM CST/

function renderAt(iso: string, n: typeof notice | null = notice) {
  return render(
    <OutageNotice
      portal={{ outageNotice: n, name: 'Maple Grove MyChart' }}
      now={new Date(iso)}
      timeZone="America/Chicago"
      language="en"
    />,
  )
}

const statusLine = () => screen.getByText(/^(Planned|Now):/).closest('p')?.textContent ?? ''

describe('OutageNotice', () => {
  it('before the start, announces the outage as planned, with its whole window', () => {
    renderAt('2025-11-29T21:59:59-06:00')
    expect(screen.getByRole('heading', { name: 'Maple Grove MyChart notice' })).toBeInTheDocument()
    expect(statusLine()).toMatch(/^Planned: Maple Grove MyChart will be unavailable from /)
    expect(statusLine()).toMatch(START)
    expect(statusLine()).toMatch(END)
    expect(screen.getByText(notice.message)).toBeInTheDocument()
    expect(screen.queryByText(/^Now:/)).toBeNull()
  })

  it('is planned days ahead too: shown from the moment it is published', () => {
    renderAt('2025-11-20T09:00:00-06:00')
    expect(statusLine()).toMatch(/^Planned:/)
  })

  it('from the start time (inclusive), says it is happening now and until when', () => {
    renderAt('2025-11-29T22:00:00-06:00')
    expect(statusLine()).toMatch(/^Now: Maple Grove MyChart is unavailable until /)
    expect(statusLine()).toMatch(END)
    expect(screen.getByText(notice.message)).toBeInTheDocument()
    expect(screen.queryByText(/^Planned:/)).toBeNull()
  })

  it('still says now one second before the end', () => {
    renderAt('2025-11-30T01:59:59-06:00')
    expect(statusLine()).toMatch(/^Now:/)
  })

  it.each(['2025-11-30T02:00:00-06:00', '2025-12-05T12:00:00-06:00'])(
    'renders nothing at or after the end (exclusive end): %s',
    (iso) => {
      const { container } = renderAt(iso)
      expect(container).toBeEmptyDOMElement()
    },
  )

  it('renders nothing when there is no notice', () => {
    const { container } = renderAt('2025-11-29T23:00:00-06:00', null)
    expect(container).toBeEmptyDOMElement()
  })

  it('can sit under an h2 as an h3', () => {
    render(
      <OutageNotice
        portal={{ outageNotice: notice, name: 'MyChart' }}
        now={new Date('2025-11-29T23:00:00-06:00')}
        timeZone="UTC"
        language="en"
        headingLevel="h3"
      />,
    )
    expect(screen.getByRole('heading', { level: 3, name: 'MyChart notice' })).toBeInTheDocument()
  })
})

describe('OutageNotice in Spanish', () => {
  it('writes the window in Spanish, in the clinic’s time zone', () => {
    render(
      <OutageNotice
        portal={{ outageNotice: notice, name: 'Maple Grove MyChart' }}
        now={new Date('2025-11-20T09:00:00-06:00')}
        timeZone="America/Chicago"
        language="es"
      />,
    )
    expect(
      screen.getByRole('heading', { name: 'Aviso sobre Maple Grove MyChart' }),
    ).toBeInTheDocument()
    const line = screen.getByText(/^Programado:/).closest('p')?.textContent ?? ''
    expect(line.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Programado: Maple Grove MyChart no estará disponible desde el sábado, 29 de noviembre, 10:00 p.m. CST hasta el domingo, 30 de noviembre, 2:00 a.m. CST.',
    )
  })

  it('now: “Ahora”, until its end', () => {
    render(
      <OutageNotice
        portal={{ outageNotice: notice, name: 'MyChart' }}
        now={new Date('2025-11-29T23:00:00-06:00')}
        timeZone="America/Chicago"
        language="es"
      />,
    )
    const line = screen.getByText(/^Ahora:/).closest('p')?.textContent ?? ''
    expect(line).toMatch(/^Ahora: MyChart no está disponible hasta el domingo, 30 de noviembre/)
  })
})
