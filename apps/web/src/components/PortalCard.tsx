import type { PortalInfo } from '@doorway/content/site'
import Link from 'next/link'
import { pagePath } from '@/lib/page-meta'
import { messagesFor } from '@/messages'
import { PortalLink } from './PortalLink'
import { OutageNotice } from './portal/OutageNotice'

/** The portal on the home page: one sentence, the way in, and the help page. */
export function PortalCard({
  portal,
  now,
  timeZone,
  language,
}: {
  portal: PortalInfo
  now: Date
  timeZone: string
  /** The page's language (`content.language`). */
  language: string
}) {
  const m = messagesFor(language)
  return (
    <section className="card portal-card" aria-labelledby="portal-card-heading">
      <h2 id="portal-card-heading">{m.portalCard.heading(portal.name)}</h2>
      <p>{portal.explanation}</p>
      <OutageNotice
        portal={portal}
        now={now}
        timeZone={timeZone}
        language={language}
        headingLevel="h3"
      />
      <p>
        <PortalLink href={portal.signInHref} className="button-primary">
          {m.common.signInTo(portal.name)}
        </PortalLink>
      </p>
      <p>
        <Link href={pagePath({ page: 'portal' }, language)}>{m.portalCard.moreHelp}</Link>
      </p>
    </section>
  )
}
