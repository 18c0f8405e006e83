'use client'

import { DEFAULT_LANGUAGE } from '@doorway/languages'
import Link from 'next/link'
import { messagesFor } from '@/messages'

/**
 * Shown in place of a page that failed to render. The root layout stays, so its header and
 * footer still give the main phone number and the portal sign-in link.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  // Draft Mode twins only, under the root layout, which is the main edition's.
  const t = messagesFor(DEFAULT_LANGUAGE).error
  return (
    <>
      <h1>{t.heading}</h1>
      <p>{t.text}</p>
      <p>
        <button type="button" className="button-secondary" onClick={() => retry()}>
          {t.retry}
        </button>
      </p>
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </>
  )
}
