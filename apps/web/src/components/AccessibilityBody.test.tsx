import { render, screen } from '@testing-library/react'
import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { AccessibilityBody } from './AccessibilityBody'

describe('AccessibilityBody', () => {
  test('names the standard, the portal’s own vendor and the review date', () => {
    render(<AccessibilityBody content={siteFixture()} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility' })).toBeInTheDocument()
    expect(screen.getByText(/WCAG 2\.1, level AA/)).toBeInTheDocument()
    expect(screen.getByText(/MyChart is run by Epic, not by us/)).toBeInTheDocument()
    const date = screen.getByText('November 16, 2026')
    expect(date.tagName).toBe('TIME')
    expect(date).toHaveAttribute('dateTime', '2026-11-16')
  })

  test('the contact without a phone: the main phone to call, and the contact’s email', () => {
    render(<AccessibilityBody content={siteFixture()} />)
    expect(
      screen.getByRole('link', { name: 'Call Maple Grove Pediatrics: (217) 555-0100' }),
    ).toHaveAttribute('href', 'tel:+12175550100')
    expect(screen.getByRole('link', { name: 'frontdesk@maplegrove.example' })).toHaveAttribute(
      'href',
      'mailto:frontdesk@maplegrove.example',
    )
  })

  test('a contact with a phone is the one to call', () => {
    const content = siteFixture()
    content.clinic.accessibility.contact = {
      name: 'Ana, office manager',
      phone: { display: '(217) 555-0111', href: 'tel:+12175550111' },
      email: null,
    }
    render(<AccessibilityBody content={content} />)
    expect(
      screen.getByRole('link', { name: 'Call Ana, office manager: (217) 555-0111' }),
    ).toHaveAttribute('href', 'tel:+12175550111')
    expect(screen.queryByRole('link', { name: /@/ })).toBeNull()
  })

  test('no statement set: the main phone, and no review date', () => {
    const content = siteFixture()
    content.clinic.accessibility = { contact: null, lastReviewed: null }
    const { container } = render(<AccessibilityBody content={content} />)
    expect(
      screen.getByRole('link', { name: 'Call Maple Grove Pediatrics: (217) 555-0100' }),
    ).toBeInTheDocument()
    expect(container.querySelector('time')).toBeNull()
  })
})

describe('AccessibilityBody in Spanish', () => {
  test('the statement and its review date in Spanish', () => {
    render(<AccessibilityBody content={spanishSiteFixture()} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Accesibilidad' })).toBeInTheDocument()
    expect(screen.getByText(/WCAG 2\.1, nivel AA/)).toBeInTheDocument()
    expect(screen.getByText(/Epic administra Maple Grove MyChart, no nosotros/)).toBeInTheDocument()
    const date = screen.getByText('16 de noviembre de 2026')
    expect(date.tagName).toBe('TIME')
    expect(date).toHaveAttribute('dateTime', '2026-11-16')
  })
})
