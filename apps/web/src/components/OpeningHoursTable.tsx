import type { Location } from '@doorway/content/site'
import { formatDayHours } from '@/lib/format'

/** A location's week as a two-column table: day, hours. */
export function OpeningHoursTable({ location }: { location: Location }) {
  return (
    <table className="hours">
      <caption>Opening hours, {location.name}</caption>
      <tbody>
        {location.openingHours.map((day) => (
          <tr key={day.day}>
            <th scope="row">{day.day}</th>
            <td>{formatDayHours(day)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
