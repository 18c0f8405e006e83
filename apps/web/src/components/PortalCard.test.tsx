import { render, screen, within } from '@testing-library/react'
import { siteFixture } from '@/test/fixture'
import { PortalCard } from './PortalCard'

const NOW = new Date('2025-11-20T12:00:00Z')

function renderCard(outageNotice: { message: string; startsAt: string; endsAt: string } | null) {
  const { portal } = siteFixture()
  portal.outageNotice = outageNotice
  render(<PortalCard portal={portal} now={NOW} timeZone="America/Chicago" language="en" />)
  return screen.getByRole('region', { name: 'Patient portal: Maple Grove MyChart' })
}

describe('PortalCard', () => {
  it('explains the portal, links to the vendor’s sign-in off-site, and to the help page', () => {
    const card = renderCard(null)
    expect(within(card).getByText('MyChart is our patient portal.')).toBeInTheDocument()
    const signIn = within(card).getByRole('link', { name: 'Sign in to Maple Grove MyChart' })
    expect(signIn).toHaveAttribute('href', 'https://mychart.maplegrovehealth.example/MyChart/')
    expect(signIn).toHaveAttribute('rel', 'noopener noreferrer')
    expect(
      within(card).getByRole('link', { name: /sign up, family access, and who to call/ }),
    ).toHaveAttribute('href', '/portal')
    expect(within(card).queryByRole('heading', { name: /notice/ })).toBeNull()
  })

  it('puts an outage notice, as an h3, above the sign-in link', () => {
    const card = renderCard({
      message: 'Upgrade tonight.',
      startsAt: '2025-11-21T04:00:00Z',
      endsAt: '2025-11-21T08:00:00Z',
    })
    const notice = within(card).getByRole('heading', {
      level: 3,
      name: 'Maple Grove MyChart notice',
    })
    expect(within(card).getByText(/will be unavailable from/)).toBeInTheDocument()
    const signIn = within(card).getByRole('link', { name: 'Sign in to Maple Grove MyChart' })
    expect(notice.compareDocumentPosition(signIn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('leaves out a notice whose end has passed', () => {
    const card = renderCard({
      message: 'Old outage.',
      startsAt: '2025-11-01T00:00:00Z',
      endsAt: '2025-11-02T00:00:00Z',
    })
    expect(within(card).queryByText('Old outage.')).toBeNull()
  })
})

describe('PortalCard in Spanish', () => {
  it('names the portal, the way in and the help page in Spanish', () => {
    const { portal } = siteFixture()
    render(<PortalCard portal={portal} now={NOW} timeZone="America/Chicago" language="es" />)
    const card = screen.getByRole('region', { name: 'Portal del paciente: Maple Grove MyChart' })
    expect(
      within(card).getByRole('link', { name: 'Iniciar sesión en Maple Grove MyChart' }),
    ).toBeInTheDocument()
    expect(
      within(card).getByRole('link', {
        name: 'Cómo inscribirse, acceso familiar y a quién llamar para pedir ayuda',
      }),
    ).toHaveAttribute('href', '/es/portal')
  })
})
