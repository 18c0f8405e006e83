import type { OpeningHours } from '@doorway/content/site'

/** `"08:30"` → `"8:30 am"`, `"17:00"` → `"5 pm"`, the way US clinics write hours. */
export function formatClock(time: string): string {
  const [h = '0', m = '00'] = time.split(':')
  const hour = Number(h)
  const suffix = hour < 12 ? 'am' : 'pm'
  const hour12 = hour % 12 === 0 ? 12 : hour % 12
  if (hour === 12 && m === '00') return 'noon'
  return m === '00' ? `${hour12} ${suffix}` : `${hour12}:${m} ${suffix}`
}

/** One day's hours in words: `"8 am to 5 pm"` or `"Closed"`. */
export function formatDayHours(day: OpeningHours): string {
  if (day.opens === null || day.closes === null) return 'Closed'
  return `${formatClock(day.opens)} to ${formatClock(day.closes)}`
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
