import { DEFAULT_LANGUAGE } from '@doorway/languages'
import Link from 'next/link'
import { pagePath } from '@/lib/page-meta'
import { messagesFor } from '@/messages'

/** The 404's own content, inside the site chrome, in the page's language (the main edition's by default). */
export function NotFoundBody({ language = DEFAULT_LANGUAGE }: { language?: string }) {
  const t = messagesFor(language).notFound
  return (
    <>
      <h1>{t.heading}</h1>
      <p>{t.text}</p>
      <ul className="link-list" role="list">
        <li>
          <Link href={pagePath({ page: 'home' }, language)}>{t.home}</Link>
        </li>
        <li>
          <Link href={pagePath({ page: 'portal' }, language)}>{t.portal}</Link>
        </li>
      </ul>
    </>
  )
}
