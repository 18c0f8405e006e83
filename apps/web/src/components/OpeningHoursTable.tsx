import { formatTimeRanges, specialHoursToShow, type Location } from '@doorway/content/site'
import { formatDays } from '@/lib/format'

/**
 * A location's hours: any special hours that apply now or within a week (a holiday, a closure)
 * first, then the usual week as a two-column table: day, hours.
 */
export function OpeningHoursTable({ location, now }: { location: Location; now: Date }) {
  const special = specialHoursToShow(location, now)
  return (
    <>
      {special.length > 0 ? (
        <div className="special-hours">
          <p>
            <strong>Holiday and special hours</strong>
          </p>
          <ul>
            {special.map((entry) => (
              <li key={entry.key}>
                {formatDays(entry.firstDay, entry.lastDay)} ({entry.reason}):{' '}
                {formatTimeRanges(entry.ranges)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className="hours">
        <caption>Opening hours, {location.name}</caption>
        <tbody>
          {location.openingHours.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{formatTimeRanges(day.ranges)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
