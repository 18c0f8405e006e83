import { specialHoursToShow, type Location } from '@doorway/content/site'
import { formatDays, formatTimeRanges, formatWeekday } from '@/lib/format'
import { messagesFor } from '@/messages'

/** What a view of one location takes: the location, the render time, the page's language. */
export interface LocationViewProps {
  location: Location
  /** The render time: which special hours show, and today's. */
  now: Date
  /** The page's language (`content.language`): days, times and fixed words in it. */
  language: string
}

/**
 * A location's hours: any special hours that apply now or within a week (a holiday, a closure)
 * first, then the usual week as a two-column table: day, hours. Days and times in `language`.
 */
export function OpeningHoursTable({ location, now, language }: LocationViewProps) {
  const special = specialHoursToShow(location, now)
  const t = messagesFor(language).location
  return (
    <>
      {special.length > 0 ? (
        <div className="special-hours">
          <p>
            <strong>{t.specialHoursHeading}</strong>
          </p>
          <ul>
            {special.map((entry) => (
              <li key={entry.key}>
                {t.specialHoursLine(
                  formatDays(entry.firstDay, entry.lastDay, language),
                  entry.reason,
                  formatTimeRanges(entry.ranges, language),
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className="hours">
        <caption>{t.hoursCaption(location.name)}</caption>
        <tbody>
          {location.openingHours.map((day) => (
            <tr key={day.day}>
              <th scope="row">{formatWeekday(day.day, language)}</th>
              <td>{formatTimeRanges(day.ranges, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
