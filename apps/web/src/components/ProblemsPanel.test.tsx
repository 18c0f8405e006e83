import { render, screen, within } from '@testing-library/react'
import { EXIT_PREVIEW_HREF, PreviewBar } from './PreviewBar'
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
            message: 'This link points to your own website. Paste the sign-in address your portal vendor gave you.',
          },
          { documentId: 'dataset', documentTitle: null, documentType: null, path: '', message: 'There is no clinic document.' },
        ]}
      />,
    )
    expect(screen.getByRole('heading', { name: /2 things need fixing/ })).toBeInTheDocument()
    const [first, second] = screen.getAllByRole('listitem')
    expect(within(first!).getByText('Clinic: Maple Grove Pediatrics', { exact: false })).toBeInTheDocument()
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
  it('says drafts are showing and links to the exit route with a plain link', () => {
    render(<PreviewBar />)
    const bar = screen.getByRole('complementary', { name: 'Preview' })
    expect(bar).toHaveTextContent('Previewing drafts')
    expect(within(bar).getByRole('link', { name: 'Exit preview' })).toHaveAttribute('href', EXIT_PREVIEW_HREF)
    expect(EXIT_PREVIEW_HREF).toBe('/api/draft-mode/disable')
  })
})
