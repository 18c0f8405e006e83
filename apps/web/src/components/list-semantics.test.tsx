import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { render } from '@testing-library/react'
import NotFound from '@/app/preview/[lang]/not-found'
import { otherPortalFixture, siteFixture } from '@/test/fixture'
import { HandoutBody } from './HandoutBody'
import { PortalHelpBody } from './portal/PortalHelpBody'
import { PortalPageBody } from './portal/PortalPageBody'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

// Safari (VoiceOver) stops announcing a list once `list-style: none` removes its bullets, unless
// the list says role="list". Read which classes do that from the stylesheet itself.
const css = readFileSync(join(__dirname, '../app/globals.css'), 'utf8')
const bulletless = [...css.matchAll(/\.([\w-]+)\s*\{[^}]*list-style:\s*none/g)].map((m) => m[1])

describe('lists without bullets', () => {
  it('are the ones the stylesheet is known to have', () => {
    expect(bulletless.sort()).toEqual([
      'handout-contacts',
      'link-list',
      'nav-list',
      'taglines',
      'triage',
      'which-portal',
    ])
  })

  it('keep role="list" wherever they are used', () => {
    const content = siteFixture()
    content.portal.otherPortals = [otherPortalFixture()]
    const { container } = render(
      <>
        <SiteHeader
          clinicName={content.clinic.name}
          portalName={content.portal.name}
          signInHref={content.portal.signInHref}
          language="en"
        />
        <PortalPageBody content={content} now={new Date('2025-11-20T12:00:00Z')} />
        <SiteFooter content={content} />
        <HandoutBody content={content} qrSvg="" siteUrl="https://maplegrovepediatrics.example" />
        <PortalHelpBody content={content} />
        <NotFound />
      </>,
    )
    const found = new Set<string>()
    for (const name of bulletless) {
      for (const list of container.querySelectorAll(`.${name}`)) {
        found.add(name!)
        expect(list.tagName).toMatch(/^(UL|OL)$/)
        expect(list).toHaveAttribute('role', 'list')
      }
    }
    // Each class was actually rendered, so the check above covered it.
    expect([...found].sort()).toEqual([
      'handout-contacts',
      'link-list',
      'nav-list',
      'triage',
      'which-portal',
    ])
  })
})
