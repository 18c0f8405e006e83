'use client'

import Link from 'next/link'

/**
 * Shown in place of a page that failed to render. The root layout stays, so its header and
 * footer still give the main phone number and the portal sign-in link.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <h1>Sorry, this page could not be shown</h1>
      <p>
        Please try again in a minute. You can still call us or sign in to the patient portal: the
        phone number and the sign-in link are at the bottom of this page.
      </p>
      <p>
        <button type="button" className="button-secondary" onClick={() => retry()}>
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  )
}
