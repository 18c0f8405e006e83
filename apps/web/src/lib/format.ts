/** A calendar date (`YYYY-MM-DD`) in words: `"Thursday, November 26"`. */
export function formatDay(date: string): string {
  // The date is a calendar day already, so it is read and written in UTC: no zone can shift it.
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))
}

/** One day or several in words: `"Thursday, November 26 to Friday, November 27"`. */
export function formatDays(firstDay: string, lastDay: string): string {
  return firstDay === lastDay
    ? formatDay(firstDay)
    : `${formatDay(firstDay)} to ${formatDay(lastDay)}`
}

/** A date-time in the clinic's time zone, e.g. `"Saturday, November 29, 10 PM CST"`. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso))
}
