import { render, screen, within } from '@testing-library/react'
import { messagesFor } from '@/messages'
import { noHelpTopics, otherPortalFixture, siteFixture, spanishSiteFixture } from '@/test/fixture'
import { PortalHelpBody } from './PortalHelpBody'

/** The FAQPage JSON-LD the page carries, parsed. */
function faqOf(container: HTMLElement) {
  const script = container.querySelector('script[type="application/ld+json"]')
  return script === null ? null : JSON.parse(script.textContent ?? '')
}

const HELP_QUESTIONS = messagesFor('en').help.questions

describe('PortalHelpBody', () => {
  test('one h1, a list of questions that jump to their answers, one h2 section per question, in order', () => {
    const content = siteFixture()
    content.portal.otherPortals = [otherPortalFixture()]
    render(<PortalHelpBody content={content} />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Portal questions',
    ])
    const questions = Object.values(HELP_QUESTIONS)
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'On this page',
      ...questions,
    ])
    const jumps = within(screen.getByRole('navigation', { name: 'On this page' })).getAllByRole(
      'link',
    )
    expect(jumps.map((link) => link.textContent)).toEqual(questions)
    for (const link of jumps) {
      const id = link.getAttribute('href')!.replace(/^#/, '')
      const section = document.getElementById(id)
      expect(section?.tagName).toBe('SECTION')
      expect(within(section!).getByRole('heading', { level: 2 }).textContent).toBe(link.textContent)
    }
  })

  test('whom to call is a tap-to-call link with its hours; messages say 911 and the advice line', () => {
    render(<PortalHelpBody content={siteFixture()} />)
    const bills = document.getElementById('bills')!
    expect(
      within(bills).getByRole('link', { name: 'Call Billing office: (217) 555-0142' }),
    ).toHaveAttribute('href', 'tel:+12175550142')
    expect(within(bills).getByText('Monday to Friday, 9 am to 4 pm')).toBeInTheDocument()
    const messages = document.getElementById('messages')!
    expect(messages).toHaveTextContent('We answer portal messages within 2 business days.')
    expect(messages).toHaveTextContent('Messages are not for emergencies.')
    expect(within(messages).getByRole('link', { name: 'Call 911' })).toHaveAttribute(
      'href',
      'tel:911',
    )
    expect(
      within(messages).getByRole('link', { name: /^Call Nurse advice line/ }),
    ).toBeInTheDocument()
    const password = document.getElementById('password')!
    expect(
      within(password).getByRole('link', { name: /^Call MyChart patient help line/ }),
    ).toBeInTheDocument()
  })

  test('every link to another site, portal or not, has rel="noopener noreferrer"', () => {
    const content = siteFixture()
    content.portal.otherPortals = [otherPortalFixture()]
    const { container } = render(<PortalHelpBody content={content} />)
    const external = [...container.querySelectorAll('a[href^="http"]')]
    expect(external.map((a) => a.getAttribute('href'))).toEqual([
      'https://mychart.maplegrovehealth.example/MyChart/',
      'https://mychart.riverbendhealth.example/MyChart/',
      'https://mychart.maplegrovehealth.example/MyChart/passwordreset',
      'https://mychart.maplegrovehealth.example/MyChart/billing/guestpay',
      'https://www.maplegrovepediatrics.example/forms/records-request.pdf',
    ])
    for (const link of external) expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  test('a topic left out has no question, no section and no JSON-LD entry', () => {
    const content = siteFixture()
    content.portal.help.bills = null
    content.portal.help.whatYouNeed = null
    const { container } = render(<PortalHelpBody content={content} />)
    expect(document.getElementById('bills')).toBeNull()
    expect(screen.queryByRole('link', { name: HELP_QUESTIONS.bills })).toBeNull()
    expect(faqOf(container).mainEntity.map((q: { name: string }) => q.name)).toEqual([
      HELP_QUESTIONS.password,
      HELP_QUESTIONS.messages,
      HELP_QUESTIONS['test-results'],
      HELP_QUESTIONS.records,
    ])
  })

  test('FAQPage JSON-LD: each question with its answer in words, the numbers written in', () => {
    const { container } = render(<PortalHelpBody content={siteFixture()} />)
    const faq = faqOf(container)
    expect(faq['@context']).toBe('https://schema.org')
    expect(faq['@type']).toBe('FAQPage')
    const bills = faq.mainEntity.find((q: { name: string }) => q.name === HELP_QUESTIONS.bills)
    expect(bills).toEqual({
      '@type': 'Question',
      name: 'Where do I pay my bill?',
      acceptedAnswer: {
        '@type': 'Answer',
        text: 'Pay a bill online: https://mychart.maplegrovehealth.example/MyChart/billing/guestpay. Questions about a bill? Call Billing office at (217) 555-0142 (Monday to Friday, 9 am to 4 pm).',
      },
    })
  })

  test('no topic at all: no list, no JSON-LD, and the way back to "Having trouble?"', () => {
    const content = siteFixture()
    content.portal.help = noHelpTopics()
    const { container } = render(<PortalHelpBody content={content} />)
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(faqOf(container)).toBeNull()
    expect(screen.getByRole('link', { name: 'Having trouble?' })).toHaveAttribute('href', '/portal')
  })
})

describe('PortalHelpBody in Spanish', () => {
  const ES = messagesFor('es').help.questions

  test('the questions, their jump links and the FAQ JSON-LD are in Spanish', () => {
    const { container } = render(<PortalHelpBody content={spanishSiteFixture()} />)
    expect(
      screen.getByRole('heading', { level: 1, name: 'Preguntas sobre el portal' }),
    ).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'En esta página' })
    expect(within(nav).getByRole('link', { name: ES.bills })).toHaveAttribute('href', '#bills')
    const bills = faqOf(container).mainEntity.find((q: { name: string }) => q.name === ES.bills)
    expect(bills.acceptedAnswer.text).toBe(
      'Pague una factura en línea: https://mychart.maplegrovehealth.example/MyChart/billing/guestpay. ¿Preguntas sobre una factura? Llame a Oficina de facturación al (217) 555-0142 (De lunes a viernes, de 9 a.m. a 4 p.m.).',
    )
    expect(
      screen.getByRole('link', { name: 'Llame a Oficina de facturación: (217) 555-0142' }),
    ).toBeInTheDocument()
  })
})
