import { render, screen, within } from '@testing-library/react'
import type { SupportContact } from '@doorway/content/site'
import { checked, siteFixture, spanishSiteFixture } from '@/test/fixture'
import { HANDOUT_MAX_CONTACTS, HandoutBody } from './HandoutBody'

const SITE_URL = 'https://www.maplegrovepediatrics.example'
// Stands in for the code lib/qr-code.ts makes (tested there); here only where it goes matters.
const QR = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 41 41"><path d="M0 0h1"/></svg>'

function renderSheet(content = siteFixture()) {
  return render(<HandoutBody content={content} qrSvg={QR} siteUrl={SITE_URL} />)
}

describe('HandoutBody', () => {
  it('names the clinic and the portal, with the office manager’s note under the heading', () => {
    renderSheet()
    const h1 = screen.getByRole('heading', { level: 1 })
    expect(h1).toHaveTextContent('How to sign up for Maple Grove MyChart')
    expect(h1.previousElementSibling).toHaveTextContent('Maple Grove Pediatrics')
    expect(h1.nextElementSibling).toHaveTextContent(
      'Ask us for your activation code before you leave today.',
    )
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Sign up in three steps',
      'Get the app',
      'Questions? Call us',
    ])
  })

  it('leaves the note out when there is none', () => {
    const content = siteFixture()
    content.portal.handout.note = null
    const { container } = renderSheet(content)
    expect(container.querySelector('.handout-note')).toBeNull()
  })

  it('tells staff how to print it (a hint the print stylesheet hides)', () => {
    const { container } = renderSheet()
    expect(container.querySelector('.handout-hint')).toHaveTextContent(
      /^For staff: print this page \(Ctrl\+P, or ⌘P on a Mac\)\. It fits on one sheet/,
    )
  })

  it('puts the QR code in a labelled figure, and the same checked address in large type', () => {
    const { container } = renderSheet()
    const code = screen.getByRole('img', {
      name: 'QR code that opens the Maple Grove MyChart sign-up page',
    })
    expect(code.children).toHaveLength(1)
    expect(code.querySelector(':scope > svg > path')).toHaveAttribute('d', 'M0 0h1')
    expect(code.closest('figure')).toHaveTextContent('Point your phone’s camera here')
    const address = within(container.querySelector('.handout-url') as HTMLElement).getByRole('link')
    const { href } = siteFixture().portal.handout
    expect(address).toHaveAttribute('href', href)
    expect(address).toHaveAttribute('rel', 'noopener noreferrer')
    // Typed without https://, able to wrap after each slash.
    expect(address).toHaveTextContent(/^mychart\.maplegrovehealth\.example\/MyChart\/signup$/)
    expect(address.querySelectorAll('wbr')).toHaveLength(2)
  })

  it('says it is the sign-in page, and to choose sign-up there, when the QR code goes to sign-in', () => {
    const content = siteFixture()
    content.portal.handout = {
      link: 'sign-in',
      href: checked('https://mychart.maplegrovehealth.example/MyChart/'),
      note: null,
    }
    renderSheet(content)
    expect(
      screen.getByRole('img', { name: 'QR code that opens the Maple Grove MyChart sign-in page' }),
    ).toBeInTheDocument()
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('ol'))
    expect(steps[0]).toHaveTextContent(
      'Open the Maple Grove MyChart sign-in page: scan the code with your phone’s camera, or type the address. Choose to sign up as a new patient.',
    )
  })

  it('lists three steps: open the page, the clinic’s own sign-up instructions, signing in later', () => {
    renderSheet()
    const steps = screen.getByRole('heading', { name: 'Sign up in three steps' })
      .nextElementSibling as HTMLElement
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Open the Maple Grove MyChart sign-up page: scan the code with your phone’s camera, or type the address.',
      'You need an activation code to sign up.',
      'Next time, sign in with the Sign in button at the top of every page of our website, www.maplegrovepediatrics.example.',
    ])
  })

  it('says where to get the app, and leaves that out when there is no app', () => {
    renderSheet()
    const app = screen.getByRole('region', { name: 'Get the app' })
    expect(app).toHaveTextContent(
      'Search for “MyChart” in your phone’s app store: App Store or Google Play.',
    )
    expect(within(app).getByRole('link', { name: 'Google Play' })).toHaveAttribute(
      'href',
      'https://play.google.com/store/apps/details?id=epic.mychart.android',
    )
    const content = siteFixture()
    content.portal.appLinks = []
    renderSheet(content)
    expect(screen.getAllByRole('region', { name: 'Get the app' })).toHaveLength(1)
  })

  it('lists whom to call with number and hours, then 911 and the language help', () => {
    renderSheet()
    const call = screen.getByRole('region', { name: 'Questions? Call us' })
    const rows = within(call)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(rows).toEqual([
      'Call Front desk: (217) 555-0134Monday to Friday, 8 am to 5 pm',
      'Call MyChart patient help line: (217) 555-0190Every day, 7 am to 11 pm',
    ])
    expect(call).toHaveTextContent('For emergencies, call 911.')
    expect(call).toHaveTextContent('More help: www.maplegrovepediatrics.example/portal')
    expect(call).toHaveTextContent('Free language help is available. Call (217) 555-0100.')
  })

  it(`lists at most ${HANDOUT_MAX_CONTACTS} people to call, those the trouble list names first`, () => {
    const content = siteFixture()
    const base = content.portal.triage[0]!
    const extra: SupportContact[] = Array.from({ length: 5 }, (_, i) => ({
      id: `contact-${i}`,
      name: `Office ${i}`,
      phone: { display: `(217) 555-010${i}`, href: `tel:+121755501${i}` },
      hours: 'Weekdays',
      handles: [],
    }))
    content.contacts = [...content.contacts, ...extra]
    // Offices 0 to 3 are named by the list; office 4 is not.
    content.portal.triage = [
      ...content.portal.triage,
      ...extra.slice(0, 4).map((contact, i) => ({ ...base, key: `x${i}`, contact })),
    ]
    renderSheet(content)
    const call = screen.getByRole('region', { name: 'Questions? Call us' })
    expect(
      within(call)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Call Front desk: (217) 555-0134',
      'Call MyChart patient help line: (217) 555-0190',
      'Call Office 0: (217) 555-0100',
      'Call Office 1: (217) 555-0101',
    ])
  })
})

describe('HandoutBody in Spanish', () => {
  it('the sheet’s own words, the QR code’s name and the app stores in Spanish', () => {
    renderSheet(spanishSiteFixture())
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Cómo inscribirse en Maple Grove MyChart',
    )
    expect(
      screen.getByRole('img', {
        name: 'Código QR que abre la página de inscripción de Maple Grove MyChart',
      }),
    ).toBeInTheDocument()
    const app = screen.getByRole('region', { name: 'Descargue la aplicación' })
    expect(app).toHaveTextContent(
      'Busque “MyChart” en la tienda de aplicaciones de su teléfono: App Store o Google Play.',
    )
    const call = screen.getByRole('region', { name: '¿Preguntas? Llámenos' })
    expect(
      within(call).getByRole('link', { name: 'Llame a Recepción: (217) 555-0134' }),
    ).toBeInTheDocument()
    expect(call).toHaveTextContent(
      'En caso de emergencia, llame al 911. No use el portal para emergencias.',
    )
    // The printed address of more help is the Spanish portal page.
    expect(call).toHaveTextContent('www.maplegrovepediatrics.example/es/portal')
  })
})
