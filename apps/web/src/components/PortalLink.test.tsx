import type { PortalHref } from '@doorway/portal-link'
import { render, screen } from '@testing-library/react'
import { checked } from '@/test/fixture'
import { PortalLink } from './PortalLink'

describe('PortalLink', () => {
  it('renders a checked portal address as an off-site link with rel="noopener noreferrer"', () => {
    render(<PortalLink href={checked('https://mychart.maplegrovehealth.example/MyChart/')}>Sign in</PortalLink>)
    const link = screen.getByRole('link', { name: 'Sign in' })
    expect(link).toHaveAttribute('href', 'https://mychart.maplegrovehealth.example/MyChart/')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('does not accept a plain string at compile time', () => {
    // The type test: `tsc --noEmit` fails if this line ever compiles without an error.
    // @ts-expect-error a string that has not passed checkPortalLink is not a PortalHref
    const element = <PortalLink href="https://mychart.maplegrovehealth.example/MyChart/">Sign in</PortalLink>
    expect(element.props.href).toBe('https://mychart.maplegrovehealth.example/MyChart/')
  })

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path to this site', '/portal'],
    ['a protocol-relative URL', '//evil.example/login'],
    ['plain http', 'http://mychart.maplegrovehealth.example/'],
    ['a URL with a user name', 'https://mychart.maplegrovehealth.example@evil.example/'],
    ['an empty string', ''],
  ])('refuses to render %s smuggled in with a cast', (_label, href) => {
    // React logs the thrown error; keep the test output readable.
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect(() => render(<PortalLink href={href as unknown as PortalHref}>Sign in</PortalLink>)).toThrow(
        /PortalLink refused/,
      )
      expect(screen.queryByRole('link')).toBeNull()
    } finally {
      spy.mockRestore()
    }
  })
})
