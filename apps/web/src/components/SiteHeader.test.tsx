import { render, screen, within } from '@testing-library/react'
import { siteFixture } from '@/test/fixture'
import { SiteHeader } from './SiteHeader'

describe('SiteHeader', () => {
  it('has a compact "Sign in" link to the portal, off-site, before the menu', () => {
    const { portal, clinic } = siteFixture()
    render(
      <SiteHeader
        clinicName={clinic.name}
        portalName={portal.name}
        signInHref={portal.signInHref}
        language="en"
      />,
    )
    const header = screen.getByRole('banner')
    const signIn = within(header).getByRole('link', { name: 'Sign in to Maple Grove MyChart' })
    // It reads "Sign in" on screen; the portal's name is there for screen readers (label in name).
    expect(signIn.textContent).toBe('Sign in to Maple Grove MyChart')
    expect(signIn.querySelector('.visually-hidden')).toHaveTextContent('to Maple Grove MyChart')
    expect(signIn).toHaveAttribute('href', 'https://mychart.maplegrovehealth.example/MyChart/')
    expect(signIn).toHaveAttribute('rel', 'noopener noreferrer')
    // Reading and Tab order: the clinic's name, Sign in, then the menu.
    expect(
      within(header)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Maple Grove Pediatrics',
      'Sign in to Maple Grove MyChart',
      'Home and locations',
      'Patient portal (Maple Grove MyChart)',
    ])
  })
})

describe('SiteHeader in Spanish', () => {
  it('reads “Iniciar sesión”, and names its menu in Spanish', () => {
    const { portal, clinic } = siteFixture()
    render(
      <SiteHeader
        clinicName={clinic.name}
        portalName={portal.name}
        signInHref={portal.signInHref}
        language="es"
      />,
    )
    const header = screen.getByRole('banner')
    expect(
      within(header)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Maple Grove Pediatrics',
      'Iniciar sesión en Maple Grove MyChart',
      'Inicio y ubicaciones',
      'Portal del paciente (Maple Grove MyChart)',
    ])
    expect(within(header).getByRole('navigation', { name: 'Principal' })).toBeInTheDocument()
  })
})
