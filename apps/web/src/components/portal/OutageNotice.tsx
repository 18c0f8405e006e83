import { isOutageActive, type OutageNotice as Notice } from '@doorway/content'
import { formatDateTime } from '@/lib/format'

interface OutageNoticeProps {
  notice: Notice | null
  portalName: string
  /** The render time: pages are static and re-rendered every few minutes (see `revalidate`). */
  now: Date
  /** Time zone the window is written in, the clinic's own. */
  timeZone: string
  /** Heading level: `h2` on the portal page, `h3` inside the home page's portal card. */
  headingLevel?: 'h2' | 'h3'
}

/** The portal's outage notice, shown only between its start (inclusive) and end (exclusive). */
export function OutageNotice({ notice, portalName, now, timeZone, headingLevel = 'h2' }: OutageNoticeProps) {
  const Heading = headingLevel
  if (notice === null || !isOutageActive(notice, now)) return null
  return (
    <section className="notice" aria-labelledby="outage-heading">
      <Heading id="outage-heading">{portalName} notice</Heading>
      <p>{notice.message}</p>
      <p className="small">
        From {formatDateTime(notice.startsAt, timeZone)} until {formatDateTime(notice.endsAt, timeZone)}.
      </p>
    </section>
  )
}
