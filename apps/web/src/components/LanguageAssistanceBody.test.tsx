import { render, screen, within } from '@testing-library/react'
import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { LanguageAssistanceBody } from './LanguageAssistanceBody'

describe('LanguageAssistanceBody', () => {
  test('puts each tagline in its own language and direction, first', () => {
    render(<LanguageAssistanceBody content={siteFixture()} />)
    const list = screen.getByRole('list', { name: 'Free help in your language' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((li) => [li.getAttribute('lang'), li.getAttribute('dir')])).toEqual([
      ['es', 'ltr'],
      ['ar', 'rtl'],
    ])
    expect(items[1]).toHaveTextContent('العربية: ملحوظة')
  })

  test('names the coordinator with tap-to-call and email', () => {
    render(<LanguageAssistanceBody content={siteFixture()} />)
    expect(
      screen.getByRole('link', { name: 'Call Office manager: (217) 555-0100' }),
    ).toHaveAttribute('href', 'tel:+12175550100')
    expect(screen.getByRole('link', { name: 'civilrights@maplegrove.example' })).toHaveAttribute(
      'href',
      'mailto:civilrights@maplegrove.example',
    )
    expect(screen.getByText(/or email Office manager at/)).toBeInTheDocument()
  })

  test('without a coordinator or taglines: the notices stay, and the clinic’s number is the contact', () => {
    const content = siteFixture()
    content.clinic.languageAssistance = { coordinator: null, taglines: [] }
    render(<LanguageAssistanceBody content={content} />)
    expect(screen.queryByRole('heading', { name: 'Free help in your language' })).toBeNull()
    expect(screen.getByRole('heading', { name: 'We treat everyone fairly' })).toBeInTheDocument()
    expect(
      screen.getAllByRole('link', { name: 'Call Maple Grove Pediatrics: (217) 555-0100' }),
    ).toHaveLength(2)
  })

  test('outbound links to HHS carry rel="noopener noreferrer"', () => {
    render(<LanguageAssistanceBody content={siteFixture()} />)
    for (const name of ['online at ocrportal.hhs.gov', 'hhs.gov/ocr/complaints']) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('rel', 'noopener noreferrer')
    }
    // HHS's own numbers read like every other phone link: whom it calls, then the number.
    expect(
      screen.getByRole('link', { name: 'Call the Office for Civil Rights: (800) 368-1019' }),
    ).toHaveAttribute('href', 'tel:+18003681019')
    expect(screen.getByRole('link', { name: 'Call its TDD line: (800) 537-7697' })).toHaveAttribute(
      'href',
      'tel:+18005377697',
    )
  })
})

describe('LanguageAssistanceBody in Spanish', () => {
  test('the notices in Spanish; the taglines keep their own language', () => {
    render(<LanguageAssistanceBody content={spanishSiteFixture()} />)
    expect(screen.getByRole('heading', { name: 'Tratamos a todos por igual' })).toBeInTheDocument()
    expect(
      screen.getByText(/cumple con las leyes federales de derechos civiles aplicables/),
    ).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Ayuda gratis en su idioma' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('lang')),
    ).toEqual(['es', 'ar'])
    expect(
      screen.getByRole('link', { name: 'Llame a la Oficina de Derechos Civiles: (800) 368-1019' }),
    ).toHaveAttribute('href', 'tel:+18003681019')
    expect(screen.getByRole('link', { name: 'en línea en ocrportal.hhs.gov' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    )
  })
})
