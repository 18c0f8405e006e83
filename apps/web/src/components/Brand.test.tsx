import { logoImage, parseImageRef } from '@doorway/content/brand'
import type { Brand } from '@doorway/content/site'
import { render, screen, within } from '@testing-library/react'
import { siteFixture } from '@/test/fixture'
import { SiteChrome } from './SiteChrome'

// The clinic's logo on the page: in the header instead of the name, with its own alt text and
// explicit size. (The head's brand stylesheet is next/head's, so the browser tests check it.)

const HASH = '7d6e9ed7df6146774dcba3007f08c90f404306ef'
const svg = parseImageRef(`image-${HASH}-220x48-svg`)!
const png = parseImageRef(`image-${HASH}-1200x300-png`)!

function withBrand(brand: Brand) {
  return { ...siteFixture(), brand }
}

describe('the logo', () => {
  it('replaces the clinic’s name in the header link home, named by its alt text, with its size', () => {
    const logo = logoImage(svg, 'Maple Grove Pediatrics', { kind: 'local' })
    render(
      <SiteChrome content={withBrand({ logo, mainColor: null, secondColor: null })}>
        <h1>Page</h1>
      </SiteChrome>,
    )
    const header = screen.getByRole('banner')
    const home = within(header).getByRole('link', { name: 'Maple Grove Pediatrics' })
    expect(home).toHaveAttribute('href', '/')
    expect(home.textContent).toBe('')
    const img = within(home).getByRole('img', { name: 'Maple Grove Pediatrics' })
    expect(img).toHaveAttribute('src', `/brand/images/${HASH}-220x48.svg`)
    expect(img).toHaveAttribute('width', '183')
    expect(img).toHaveAttribute('height', '40')
    expect(img).not.toHaveAttribute('srcset')
    // Nothing the CSP would refuse, nothing lazy in the first screen.
    expect(img).not.toHaveAttribute('style')
    expect(img).not.toHaveAttribute('loading')
  })

  it('offers a raster logo from Sanity’s CDN in three sizes', () => {
    const logo = logoImage(png, 'Logo of the clinic', {
      kind: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
    })
    render(
      <SiteChrome content={withBrand({ logo, mainColor: null, secondColor: null })}>
        <h1>Page</h1>
      </SiteChrome>,
    )
    const img = screen.getByRole('img', { name: 'Logo of the clinic' })
    expect(img.getAttribute('srcset')?.split(', ')).toHaveLength(3)
    expect(img).toHaveAttribute('width', '160')
  })

  it('without a logo, the header shows the clinic’s name as before', () => {
    render(
      <SiteChrome content={siteFixture()}>
        <h1>Page</h1>
      </SiteChrome>,
    )
    const header = screen.getByRole('banner')
    expect(within(header).queryByRole('img')).toBeNull()
    expect(within(header).getByRole('link', { name: 'Maple Grove Pediatrics' }).textContent).toBe(
      'Maple Grove Pediatrics',
    )
  })
})
