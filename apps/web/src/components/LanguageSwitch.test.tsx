import { render, screen, within } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { editionOf } from '@/lib/editions'
import { pageAlternates, pageMeta } from '@/lib/page-meta'
import { messagesFor } from '@/messages'
import { bilingualFixture, siteFixture } from '@/test/fixture'
import { LanguageSwitch } from './LanguageSwitch'
import { PageHead } from './PageHead'
import { SiteChrome } from './SiteChrome'

describe('LanguageSwitch', () => {
  it('links to the same page in each other live language, in that language’s own name', () => {
    const alternates = pageAlternates({ page: 'portal' }, ['en', 'es', 'ar', 'zh-Hant'])
    render(<LanguageSwitch links={alternates.slice(1)} language="en" />)
    const links = within(screen.getByRole('navigation', { name: 'Language' })).getAllByRole('link')
    expect(
      links.map((a) => [
        a.textContent,
        a.getAttribute('href'),
        a.getAttribute('lang'),
        a.getAttribute('hreflang'),
        a.getAttribute('dir'),
      ]),
    ).toEqual([
      ['Español', '/es/portal', 'es', 'es', 'ltr'],
      ['العربية', '/ar/portal', 'ar', 'ar', 'rtl'],
      ['繁體中文', '/zh-hant/portal', 'zh-Hant', 'zh-Hant', 'ltr'],
    ])
  })

  it('leaves out the page’s own language: from Spanish it links back to English', () => {
    const content = editionOf(bilingualFixture(), 'es')
    const meta = pageMeta({ page: 'location', slug: 'downtown' }, content, false)
    render(
      <SiteChrome content={content} alternates={meta.alternates}>
        <p>Body</p>
      </SiteChrome>,
    )
    const link = screen.getByRole('navigation', { name: 'Idioma' }).querySelector('a')
    expect(link).toHaveTextContent('English')
    expect(link).toHaveAttribute('href', '/locations/downtown')
    expect(link).toHaveAttribute('lang', 'en')
  })

  it('renders nothing while the site has one language', () => {
    const { container } = render(<LanguageSwitch links={[]} language="en" />)
    expect(container).toBeEmptyDOMElement()
    const meta = pageMeta({ page: 'home' }, siteFixture(), false)
    render(
      <SiteChrome content={siteFixture()} alternates={meta.alternates}>
        <p>Body</p>
      </SiteChrome>,
    )
    expect(screen.queryByRole('navigation', { name: 'Language' })).toBeNull()
  })

  it('sits in the header of a page, after Sign in and the menu', () => {
    const content = editionOf(bilingualFixture(), 'es')
    const meta = pageMeta({ page: 'accessibility' }, content, false)
    render(
      <SiteChrome content={content} alternates={meta.alternates}>
        <p>Body</p>
      </SiteChrome>,
    )
    const links = within(screen.getByRole('banner')).getAllByRole('link')
    expect(links.at(-1)).toHaveTextContent('English')
    expect(links.at(-1)).toHaveAttribute('href', '/accessibility')
    expect(links.findIndex((a) => a.textContent?.startsWith(messagesFor('es').header.signIn))).toBe(
      1,
    )
  })
})

describe('PageHead', () => {
  it('writes a reciprocal hreflang link per live language and x-default, as absolute URLs', () => {
    // next/head collects its children; rendering the head's element tree shows what it gets.
    const site = 'https://www.maplegrove.example'
    const links = ['en', 'es'].map((lang) => {
      const meta = pageMeta({ page: 'portal' }, editionOf(bilingualFixture(), lang), false)
      const element = PageHead({ meta, siteUrl: site })
      return renderToStaticMarkup(element.props.children)
        .match(/<link rel="alternate"[^>]*>/g)
        ?.sort()
    })
    expect(links[0]).toEqual([
      `<link rel="alternate" hrefLang="en" href="${site}/portal"/>`,
      `<link rel="alternate" hrefLang="es" href="${site}/es/portal"/>`,
      `<link rel="alternate" hrefLang="x-default" href="${site}/portal"/>`,
    ])
    expect(links[1]).toEqual(links[0])
  })
})
