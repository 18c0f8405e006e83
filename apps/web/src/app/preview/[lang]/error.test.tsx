import { fireEvent, render, screen } from '@testing-library/react'
import PageError from './error'

describe('the page error boundary', () => {
  it('says in plain words that the page failed and points to the phone and portal in the footer', () => {
    render(<PageError error={new Error('boom')} retry={() => {}} />)
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sorry, this page could not be shown' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/phone number and the sign-in link are at the bottom/),
    ).toBeInTheDocument()
    // The thrown error's text is for the server log, never for patients.
    expect(screen.queryByText(/boom/)).toBeNull()
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
  })

  it('tries the page again when asked', () => {
    const retry = jest.fn()
    render(<PageError error={new Error('boom')} retry={retry} />)
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retry).toHaveBeenCalledTimes(1)
  })
})
