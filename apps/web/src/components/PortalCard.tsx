import type { PortalInfo } from '@doorway/content/site'
import Link from 'next/link'
import { PortalLink } from './PortalLink'
import { OutageNotice } from './portal/OutageNotice'

/** The portal on the home page: one sentence, the way in, and the help page. */
export function PortalCard({
  portal,
  now,
  timeZone,
}: {
  portal: PortalInfo
  now: Date
  timeZone: string
}) {
  return (
    <section className="card portal-card" aria-labelledby="portal-card-heading">
      <h2 id="portal-card-heading">Patient portal: {portal.name}</h2>
      <p>{portal.explanation}</p>
      <OutageNotice
        notice={portal.outageNotice}
        portalName={portal.name}
        now={now}
        timeZone={timeZone}
        headingLevel="h3"
      />
      <p>
        <PortalLink href={portal.signInHref} className="button-primary">
          Sign in to {portal.name}
        </PortalLink>
      </p>
      <p>
        <Link href="/portal">How to sign up, family access, and who to call for help</Link>
      </p>
    </section>
  )
}
