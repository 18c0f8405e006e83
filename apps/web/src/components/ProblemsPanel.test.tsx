import { render, screen, within } from '@testing-library/react'
import { PathnameContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime'
import { safeRedirectPath } from '@/lib/safe-redirect'
import { EXIT_PREVIEW_HREF, exitPreviewHref } from './ExitPreviewLink'
import { PreviewBar } from './PreviewBar'
import { ProblemsPanel } from './ProblemsPanel'

describe('ProblemsPanel', () => {
  it('names the document, the field and the fix for each problem', () => {
    render(
      <ProblemsPanel
        problems={[
          {
            documentId: 'drafts.clinic',
            documentTitle: 'Maple Grove Pediatrics',
            documentType: 'clinic',
            path: 'portal.signInUrl',
            message:
              'This link points to your own website. Paste the sign-in address your portal vendor gave you.',
          },
          {
            documentId: 'dataset',
            documentTitle: null,
            documentType: null,
            path: '',
            message: 'There is no clinic document.',
          },
        ]}
      />,
    )
    expect(screen.getByRole('heading', { name: /2 things need fixing/ })).toBeInTheDocument()
    const [first, second] = screen.getAllByRole('listitem')
    expect(
      within(first!).getByText('Clinic: Maple Grove Pediatrics', { exact: false }),
    ).toBeInTheDocument()
    expect(within(first!).getByText('portal.signInUrl')).toBeInTheDocument()
    expect(within(first!).getByText(/Paste the sign-in address/)).toBeInTheDocument()
    expect(within(second!).getByText('(the whole document)')).toBeInTheDocument()
    expect(within(second!).getByText(/^Dataset/)).toBeInTheDocument()
  })

  it('renders nothing when there are no problems', () => {
    const { container } = render(<ProblemsPanel problems={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe('PreviewBar', () => {
  function renderAt(pathname: string) {
    return render(
      <PathnameContext.Provider value={pathname}>
        <PreviewBar />
      </PathnameContext.Provider>,
    )
  }

  it('says drafts are showing, with a plain link to the exit route that comes back to this page', () => {
    renderAt('/locations/downtown')
    const bar = screen.getByRole('complementary', { name: 'Preview' })
    expect(bar).toHaveTextContent('Previewing drafts')
    expect(within(bar).getByRole('link', { name: 'Exit preview' })).toHaveAttribute(
      'href',
      '/api/draft-mode/disable?redirect=%2Flocations%2Fdowntown',
    )
  })

  it('from the home page, exits to the home page (the route’s default)', () => {
    renderAt('/')
    expect(screen.getByRole('link', { name: 'Exit preview' })).toHaveAttribute(
      'href',
      '/api/draft-mode/disable',
    )
  })
})

describe('exitPreviewHref', () => {
  it('asks the exit route to return to the page, and the route reads back the same path', () => {
    const href = exitPreviewHref('/portal')
    const url = new URL(href, 'https://site.example')
    expect(url.pathname).toBe(EXIT_PREVIEW_HREF)
    expect(safeRedirectPath(url.searchParams.get('redirect'))).toBe('/portal')
  })

  it('without a known path, exits to the home page', () => {
    expect(exitPreviewHref(null)).toBe('/api/draft-mode/disable')
  })
})

describe('in Spanish', () => {
  it('the problems panel names document, field and fix in Spanish words', () => {
    render(
      <ProblemsPanel
        language="es"
        problems={[
          {
            documentId: 'drafts.location-downtown',
            documentTitle: 'Downtown clinic',
            documentType: 'location',
            path: '',
            message: 'The opening hours are missing.',
          },
        ]}
      />,
    )
    expect(
      screen.getByRole('heading', {
        name: 'Este borrador todavía no se puede publicar: hay 1 cosa que corregir',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText('Ubicación: Downtown clinic', { exact: false })).toBeInTheDocument()
    expect(screen.getByText('(todo el documento)')).toBeInTheDocument()
    expect(screen.getByText('Cómo corregirlo')).toBeInTheDocument()
  })

  it('the preview bar says so in Spanish, with its exit link', () => {
    render(
      <PathnameContext.Provider value="/es/portal">
        <PreviewBar language="es" />
      </PathnameContext.Provider>,
    )
    const bar = screen.getByRole('complementary', { name: 'Vista previa' })
    expect(bar).toHaveTextContent('Viendo borradores — los pacientes no ven esta versión.')
    expect(within(bar).getByRole('link', { name: 'Salir de la vista previa' })).toHaveAttribute(
      'href',
      '/api/draft-mode/disable?redirect=%2Fes%2Fportal',
    )
  })
})
