import { isOutageActive, type OutageNotice as Notice, type PortalInfo } from '@doorway/content/site'
import { formatDateTime } from '@/lib/format'
import { messagesFor } from '@/messages'

interface OutageNoticeProps {
  /** The portal: its notice (`outageNotice`) and the name the notice's heading gives it. */
  portal: Pick<PortalInfo, 'outageNotice' | 'name'>
  /** The render time: pages are static and re-rendered every few minutes (see `revalidate`). */
  now: Date
  /** Time zone the window is written in, the clinic's own. */
  timeZone: string
  /** The page's language (`content.language`): its words, and dates and times as it writes them. */
  language: string
  /** Heading level: `h2` on the portal page, `h3` inside the home page's portal card. */
  headingLevel?: 'h2' | 'h3'
}

/** Where `now` falls in the notice's window: before it, in it (start inclusive), or past its end. */
export function outagePhase(notice: Notice, now: Date): 'planned' | 'now' | 'over' {
  if (isOutageActive(notice, now)) return 'now'
  return now.getTime() < Date.parse(notice.startsAt) ? 'planned' : 'over'
}

/**
 * The portal's outage notice: "Planned" before its start, "Now" until its end (exclusive), gone
 * after. A static page is re-rendered only every few minutes, so it is shown from publication on
 * (as planned) and always names its times: a page a few minutes stale still tells the truth.
 */
export function OutageNotice({
  portal: { outageNotice: notice, name: portalName },
  now,
  timeZone,
  language,
  headingLevel = 'h2',
}: OutageNoticeProps) {
  const Heading = headingLevel
  if (notice === null) return null
  const phase = outagePhase(notice, now)
  if (phase === 'over') return null
  const t = messagesFor(language).outage
  const start = formatDateTime(notice.startsAt, timeZone, language)
  const end = formatDateTime(notice.endsAt, timeZone, language)
  return (
    <section className="notice" aria-labelledby="outage-heading">
      <Heading id="outage-heading">{t.heading(portalName)}</Heading>
      <p>
        {phase === 'planned' ? (
          <>
            <strong>{t.planned}</strong> {t.plannedText(portalName, start, end)}
          </>
        ) : (
          <>
            <strong>{t.now}</strong> {t.nowText(portalName, end)}
          </>
        )}
      </p>
      <p>{notice.message}</p>
    </section>
  )
}
