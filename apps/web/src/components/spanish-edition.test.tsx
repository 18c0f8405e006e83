import type { SiteContent } from '@doorway/content/site'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { en } from '@/messages/en'
import { siteFixture, spanishSiteFixture } from '@/test/fixture'
import { AccessibilityBody } from './AccessibilityBody'
import { HandoutBody } from './HandoutBody'
import { HomePageBody } from './HomePageBody'
import { LanguageAssistanceBody } from './LanguageAssistanceBody'
import { LocationPageBody } from './LocationPageBody'
import { NotFoundBody } from './NotFoundBody'
import { PortalHelpBody } from './portal/PortalHelpBody'
import { PortalPageBody } from './portal/PortalPageBody'
import { SiteChrome } from './SiteChrome'

// Thanksgiving's special hours show (a week before), and the outage is planned.
const NOW = new Date('2026-11-20T12:00:00Z')
const SITE_URL = 'https://www.maplegrovepediatrics.example'

function spanishSite(): SiteContent {
  const content = spanishSiteFixture()
  content.portal.outageNotice = {
    message: 'Estamos actualizando MyChart.',
    startsAt: '2026-11-29T04:00:00Z',
    endsAt: '2026-11-29T08:00:00Z',
  }
  return content
}

/** Each page's body, in the site chrome, as a Spanish page shows it. */
const PAGES: [string, (content: SiteContent) => ReactElement][] = [
  ['/es', (c) => <HomePageBody content={c} now={NOW} siteUrl={SITE_URL} />],
  ['/es/portal', (c) => <PortalPageBody content={c} now={NOW} />],
  ['/es/portal/help', (c) => <PortalHelpBody content={c} />],
  ['/es/portal/handout', (c) => <HandoutBody content={c} qrSvg="<svg/>" siteUrl={SITE_URL} />],
  [
    '/es/locations/downtown',
    (c) => <LocationPageBody content={c} location={c.locations[0]!} now={NOW} siteUrl={SITE_URL} />,
  ],
  ['/es/language-assistance', (c) => <LanguageAssistanceBody content={c} />],
  ['/es/accessibility', (c) => <AccessibilityBody content={c} />],
  ['404', (c) => <NotFoundBody language={c.language} />],
]

/**
 * What a reader of the Spanish page reads as Spanish: the text and the accessible names, without
 * the elements marked as another language (the footer's English words, the taglines).
 */
function spanishText(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement
  // JSON-LD is data for search engines (schema.org's own English names), not words on the page.
  for (const other of copy.querySelectorAll('[lang]:not([lang="es"]), script')) other.remove()
  const labels = [...copy.querySelectorAll('[aria-label]')].map((el) =>
    el.getAttribute('aria-label'),
  )
  return [copy.textContent, ...labels].join('\n')
}

/** Every fixed English sentence and label of the catalog (the words without values). */
function englishWords(group: object): string[] {
  return Object.values(group).flatMap((value) =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value
        : typeof value === 'object' && value !== null && !('$$typeof' in value)
          ? englishWords(value)
          : [],
  )
}

/** English that only a component could have written (content, URLs and names aside). */
const ENGLISH_ONLY = [
  ...englishWords(en),
  /\bSign in\b/,
  /\bCall\b/,
  /\bClosed\b/,
  /\bHaving trouble\b/,
  /\bemergenc(y|ies)\b/i,
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
  /\b(November|December)\b/,
  /\d (am|pm|AM|PM)\b/,
  /\bDirections to\b/,
  /\bpatient portal\b/i,
  /\bnew patients\b/,
  /\bOpening hours\b/,
  /\bunavailable\b/,
  /\bQuestions\b/,
  /\bthe .* website, run by\b/,
]

/** The English words of `ENGLISH_ONLY` that `text` shows. */
function englishIn(text: string): string[] {
  return ENGLISH_ONLY.filter((words) =>
    typeof words === 'string' ? text.includes(words) : words.test(text),
  ).map(String)
}

describe.each(PAGES)('%s in Spanish', (_path, page) => {
  const content = spanishSite()
  const { container } = render(<SiteChrome content={content}>{page(content)}</SiteChrome>)
  const text = spanishText(container)
  // Read now: testing-library unmounts the page after the first test.
  const ownLinks = [...container.querySelectorAll('a[href^="/"]')].map((a) =>
    a.getAttribute('href'),
  )

  test('has none of the English fixed words', () => {
    expect(englishIn(text)).toEqual([])
  })

  test('the same check finds them on the English page', () => {
    const english = siteFixture()
    english.portal.outageNotice = content.portal.outageNotice
    const rendered = render(<SiteChrome content={english}>{page(english)}</SiteChrome>)
    expect(englishIn(spanishText(rendered.container)).length).toBeGreaterThan(5)
  })

  test('links only to Spanish pages of this site (and anchors on the page)', () => {
    expect(ownLinks.length).toBeGreaterThan(3)
    expect(ownLinks.filter((href) => !/^\/es(\/|#|$)/.test(href ?? ''))).toEqual([])
  })

  test('has the Spanish chrome: Iniciar sesión, 911, the language help link', () => {
    expect(text).toContain('Iniciar sesión')
    expect(text).toContain('Saltar al contenido principal')
    expect(text).toContain('En caso de emergencia, llame al 911.')
    expect(text).toContain('Ayuda gratis con el idioma')
  })
})

describe('the Spanish pages’ own words', () => {
  function textOf(element: ReactElement): string {
    return spanishText(render(element).container)
  }
  const content = spanishSite()
  const location = content.locations[0]!

  test('the portal page: the headings a parent looks for, and the outage in Spanish', () => {
    const text = textOf(<PortalPageBody content={content} now={NOW} />)
    for (const words of [
      'Maple Grove MyChart: nuestro portal del paciente',
      'Iniciar sesión en Maple Grove MyChart',
      'En caso de emergencia, llame al 911',
      'Llame al 911',
      '¿Tiene problemas?',
      '¿Primera vez? Inscríbase',
      'Cuando su hijo cumpla 12 años',
      'Programado:',
      'Maple Grove MyChart no estará disponible desde el sábado, 28 de noviembre, 10:00 p.m. CST hasta el domingo, 29 de noviembre, 2:00 a.m. CST.',
    ]) {
      expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain(words)
    }
  })

  test('a location: weekdays, times and special hours in Spanish', () => {
    const text = textOf(
      <LocationPageBody content={content} location={location} now={NOW} siteUrl={SITE_URL} />,
    ).replace(/[\u00a0\u202f]/g, ' ')
    for (const words of [
      'Cómo llegar a Clínica del centro (Google Maps)',
      'Llame a Clínica del centro: (217) 555-0101',
      'Aceptamos pacientes nuevos.',
      'Horario de atención, Clínica del centro',
      'Lunes8:00 a.m. – 12:00 p.m., 1:00 p.m. – 5:00 p.m.',
      'DomingoCerrado',
      'Del jueves, 26 de noviembre al viernes, 27 de noviembre (Día de Acción de Gracias): Cerrado',
    ]) {
      expect(text).toContain(words)
    }
  })

  test('the footer: its own words first, then the English ones marked lang="en"', () => {
    const { container } = render(<SiteChrome content={content}>{null}</SiteChrome>)
    const link = container.querySelector('footer a[href="/es/language-assistance"]')
    expect(link).toHaveTextContent('Ayuda gratis con el idioma · Free language help')
    expect(link?.querySelector('[lang="en"]')).toHaveTextContent(/^Free language help$/)
    expect(link?.querySelector('[lang="es"]')).toBeNull()
  })
})

describe('a language the kit has no catalog for (Vietnamese)', () => {
  test('the fixed words fall back to English, marked lang="en" in the footer’s link, with Spanish beside them', () => {
    const content = { ...siteFixture(), language: 'vi', languages: ['en', 'vi'] }
    const { container } = render(<SiteChrome content={content}>{null}</SiteChrome>)
    expect(container.querySelector('header a.header-sign-in')).toHaveTextContent(
      'Sign in to Maple Grove MyChart',
    )
    const link = container.querySelector('footer a[href="/vi/language-assistance"]')
    expect(link).toHaveTextContent('Free language help · Ayuda gratis con el idioma')
    expect(
      [...(link?.querySelectorAll('[lang]') ?? [])].map((el) => [
        el.getAttribute('lang'),
        el.textContent,
      ]),
    ).toEqual([
      ['en', 'Free language help'],
      ['es', 'Ayuda gratis con el idioma'],
    ])
  })
})
