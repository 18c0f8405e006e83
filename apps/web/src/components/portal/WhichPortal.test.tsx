import { PORTAL_HELP_PATH } from '@doorway/content/site'
import { render, screen, within } from '@testing-library/react'
import { noHelpTopics, otherPortalFixture, siteFixture, spanishSiteFixture } from '@/test/fixture'
import { PortalPageBody } from './PortalPageBody'

const NOW = new Date('2025-11-20T12:00:00Z')

describe('"Which portal is mine?" on /portal', () => {
  test('with another portal: right under Sign in, the clinic’s own first, one Sign in button still', () => {
    const content = siteFixture()
    content.portal.useThisIf = 'your child sees a doctor at one of our clinics.'
    content.portal.otherPortals = [otherPortalFixture()]
    render(<PortalPageBody content={content} now={NOW} />)
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(h2s.slice(0, 3)).toEqual([
      'Sign in',
      'Which portal is mine?',
      'For emergencies, call 911',
    ])
    const section = screen.getByRole('region', { name: 'Which portal is mine?' })
    const items = within(section).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Maple Grove MyChart (most families). Use this one if your child sees a doctor at one of our clinics. Use the Sign in button above.',
      'Riverbend Health MyChart. Use this one if your child stayed in the hospital or saw a Riverbend doctor. Go to Riverbend Health MyChart (the MyChart website, run by Epic)',
    ])
    const other = within(section).getByRole('link', { name: 'Go to Riverbend Health MyChart' })
    expect(other).toHaveAttribute('href', 'https://mychart.riverbendhealth.example/MyChart/')
    expect(other).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getAllByRole('link', { name: /^Sign in to / })).toHaveLength(1)
  })

  test('with one portal: no such section', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    expect(screen.queryByRole('heading', { name: 'Which portal is mine?' })).toBeNull()
  })

  test('"Having trouble?" links to the portal questions, only when there are some', () => {
    const content = siteFixture()
    const { unmount } = render(<PortalPageBody content={content} now={NOW} />)
    const trouble = screen.getByRole('region', { name: 'Having trouble?' })
    expect(within(trouble).getByRole('link', { name: 'Portal questions' })).toHaveAttribute(
      'href',
      PORTAL_HELP_PATH,
    )
    unmount()
    content.portal.help = noHelpTopics()
    render(<PortalPageBody content={content} now={NOW} />)
    expect(screen.queryByRole('link', { name: 'Portal questions' })).toBeNull()
  })
})

describe('"¿Cuál es mi portal?" in Spanish', () => {
  test('the same list, in Spanish words around the clinic’s own', () => {
    const content = spanishSiteFixture()
    content.portal.useThisIf = 'su hijo ve a un médico en una de nuestras clínicas.'
    content.portal.otherPortals = [
      { ...otherPortalFixture(), useThisIf: 'su hijo estuvo en el hospital.' },
    ]
    render(<PortalPageBody content={content} now={NOW} />)
    const section = screen.getByRole('region', { name: '¿Cuál es mi portal?' })
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Maple Grove MyChart (la mayoría de las familias). Use este si su hijo ve a un médico en una de nuestras clínicas. Use el botón Iniciar sesión de arriba.',
      'Riverbend Health MyChart. Use este si su hijo estuvo en el hospital. Ir a Riverbend Health MyChart (el sitio web de MyChart, administrado por Epic)',
    ])
  })
})
