import { render, screen, within } from '@testing-library/react'
import { HANDOUT_PATH } from '@/lib/page-meta'
import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { PortalPageBody } from './PortalPageBody'

const NOW = new Date('2025-11-20T12:00:00Z')

describe('PortalPageBody', () => {
  it('has one h1 and its sections in the order a parent needs them', () => {
    const content = siteFixture()
    content.portal.outageNotice = {
      message: 'MyChart is down tonight.',
      startsAt: '2025-11-20T00:00:00Z',
      endsAt: '2025-11-21T00:00:00Z',
    }
    render(<PortalPageBody content={content} now={NOW} />)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(h2s).toEqual([
      'Maple Grove MyChart notice',
      'Sign in',
      'For emergencies, call 911',
      'What the portal is',
      'First time? Sign up',
      'Access for parents and guardians',
      'Use the MyChart app',
      'Having trouble?',
    ])
  })

  it('ends with the staff’s link to the printable sign-up sheet, after everything patients need', () => {
    const { container } = render(<PortalPageBody content={siteFixture()} now={NOW} />)
    const link = screen.getByRole('link', { name: 'Print the sign-up sheet' })
    expect(link).toHaveAttribute('href', HANDOUT_PATH)
    expect(container.lastElementChild).toContainElement(link)
    expect(container.lastElementChild).toHaveTextContent(/^For staff: Print the sign-up sheet/)
  })

  it('puts the sign-in link directly under the heading, before the explanation', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    const signInSection = screen.getByRole('region', { name: 'Sign in' })
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(signInSection)
    // The first link under the heading is the way in; nothing visible comes before it.
    const firstVisible = signInSection.querySelector(':scope > :not(.visually-hidden)')
    expect(within(firstVisible as HTMLElement).getByRole('link')).toHaveAccessibleName(
      'Sign in to Maple Grove MyChart',
    )
    const explanation = screen.getByText('MyChart is our patient portal.')
    expect(
      signInSection.compareDocumentPosition(explanation) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
  })

  it('explains the portal and lists what you can do there', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    expect(screen.getByText('MyChart is our patient portal.')).toBeInTheDocument()
    const features = screen.getByRole('heading', {
      name: 'In Maple Grove MyChart you can',
    }).nextElementSibling
    expect(
      within(features as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Send a message to your doctor', 'See test results'])
  })

  it('has exactly one "Sign in" link, to the vendor, saying it opens a separate website', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    const links = screen.getAllByRole('link', { name: /^Sign in to / })
    expect(links).toHaveLength(1)
    const signIn = links[0]!
    expect(signIn).toHaveAccessibleName('Sign in to Maple Grove MyChart')
    expect(signIn).toHaveAttribute('href', 'https://mychart.maplegrovehealth.example/MyChart/')
    expect(signIn).toHaveAttribute('rel', 'noopener noreferrer')
    expect(signIn).toHaveAccessibleDescription(
      'This opens the MyChart website, run by Epic. It is separate from this website.',
    )
  })

  it('covers first-time sign-up and family access with the clinic’s age', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    expect(screen.getByText('You need an activation code to sign up.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign up for Maple Grove MyChart' })).toHaveAttribute(
      'href',
      'https://mychart.maplegrovehealth.example/MyChart/signup',
    )
    expect(screen.getByRole('heading', { name: 'When your child turns 12' })).toBeInTheDocument()
    expect(screen.getByText('Teens can keep some information private.')).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Ask for family access in Maple Grove MyChart' }),
    ).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('links both app stores off-site', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    const apple = screen.getByRole('link', { name: 'Get the MyChart app (App Store)' })
    expect(apple).toHaveAttribute('href', 'https://apps.apple.com/us/app/mychart/id382952264')
    expect(apple).toHaveAttribute('rel', 'noopener noreferrer')
    expect(
      screen.getByRole('link', { name: 'Get the MyChart app (Google Play)' }),
    ).toBeInTheDocument()
  })

  it('puts 911, as a tap-to-call link, right after the way in and before the explanation; no form', () => {
    const { container } = render(<PortalPageBody content={siteFixture()} now={NOW} />)
    const call = screen.getByRole('link', { name: 'Call 911' })
    expect(call).toHaveAttribute('href', 'tel:911')
    const emergency = screen.getByRole('region', { name: 'For emergencies, call 911' })
    expect(screen.getByRole('region', { name: 'Sign in' }).nextElementSibling).toBe(emergency)
    expect(emergency.nextElementSibling).toBe(
      screen.getByRole('region', { name: 'What the portal is' }),
    )
    expect(container.querySelector('form')).toBeNull()
  })

  it('puts the clinic’s advice line in the urgent box, under 911, when it has one', () => {
    render(<PortalPageBody content={siteFixture()} now={NOW} />)
    const emergency = screen.getByRole('region', { name: 'For emergencies, call 911' })
    const links = within(emergency).getAllByRole('link')
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['tel:911', 'tel:+12175550155'])
    expect(links[1]).toHaveAccessibleName('Call Nurse advice line: (217) 555-0155')
    expect(within(emergency).getByText('Every day, 24 hours')).toBeInTheDocument()
  })

  it('has no advice line when the clinic has none', () => {
    const content = siteFixture()
    content.clinic.adviceLine = null
    render(<PortalPageBody content={content} now={NOW} />)
    const emergency = screen.getByRole('region', { name: 'For emergencies, call 911' })
    expect(within(emergency).getAllByRole('link')).toHaveLength(1)
    expect(screen.queryByRole('heading', { name: 'Need medical advice now?' })).toBeNull()
  })

  it('leaves out what the clinic has not filled in: no app links, no sign-up link, no family link, no help links, no notice', () => {
    const content = siteFixture()
    content.portal.appLinks = []
    content.portal.signUpHref = null
    content.portal.familyAccess.requestHref = null
    content.portal.helpLinks = []
    content.portal.outageNotice = null
    render(<PortalPageBody content={content} now={NOW} />)
    expect(screen.queryByRole('heading', { name: /app/i })).toBeNull()
    expect(screen.queryByRole('link', { name: /Sign up/ })).toBeNull()
    expect(screen.queryByRole('link', { name: /family access/ })).toBeNull()
    expect(screen.queryByRole('heading', { name: /More help/ })).toBeNull()
    expect(screen.queryByRole('heading', { name: /notice/ })).toBeNull()
    // The essentials stay.
    expect(screen.getByRole('link', { name: 'Sign in to Maple Grove MyChart' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Having trouble?' })).toBeInTheDocument()
  })

  it('hides an outage notice whose window has passed', () => {
    const content = siteFixture()
    content.portal.outageNotice = {
      message: 'Old outage.',
      startsAt: '2025-11-01T00:00:00Z',
      endsAt: '2025-11-02T00:00:00Z',
    }
    render(<PortalPageBody content={content} now={NOW} />)
    expect(screen.queryByText('Old outage.')).toBeNull()
  })

  it('puts a planned outage notice just before the sign-in link', () => {
    const content = siteFixture()
    content.portal.outageNotice = {
      message: 'Upgrade tonight.',
      startsAt: '2025-11-21T04:00:00Z',
      endsAt: '2025-11-21T08:00:00Z',
    }
    render(<PortalPageBody content={content} now={NOW} />)
    const notice = screen.getByRole('region', { name: 'Maple Grove MyChart notice' })
    expect(notice).toHaveTextContent(
      /^Maple Grove MyChart noticePlanned: Maple Grove MyChart will be unavailable from /,
    )
    const signIn = screen.getByRole('link', { name: 'Sign in to Maple Grove MyChart' })
    expect(notice.nextElementSibling).toBe(screen.getByRole('region', { name: 'Sign in' }))
    expect(notice.compareDocumentPosition(signIn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})

describe('PortalPageBody in Spanish', () => {
  it('keeps the order a parent needs, in Spanish: Sign in first, then 911, then the rest', () => {
    render(<PortalPageBody content={spanishSiteFixture()} now={NOW} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Maple Grove MyChart: nuestro portal del paciente',
    )
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Iniciar sesión',
      'En caso de emergencia, llame al 911',
      'Qué es el portal',
      '¿Primera vez? Inscríbase',
      'Acceso para padres y tutores',
      'Use la aplicación MyChart',
      '¿Tiene problemas?',
    ])
    expect(
      screen.getByRole('link', { name: 'Iniciar sesión en Maple Grove MyChart' }),
    ).toHaveAttribute('href', 'https://mychart.maplegrovehealth.example/MyChart/')
    expect(screen.getByRole('link', { name: 'Llame al 911' })).toHaveAttribute('href', 'tel:911')
    expect(
      screen.getByRole('link', { name: 'Llame a Línea de consejos de enfermería: (217) 555-0155' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Preguntas sobre el portal' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Imprima la hoja de inscripción' })).toBeInTheDocument()
  })
})
