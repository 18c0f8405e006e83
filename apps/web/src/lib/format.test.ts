import { formatClockTime, formatTimeRanges } from '@doorway/content/site'
import { formatDay, formatDays } from './format'

describe('formatClockTime', () => {
  it.each([
    ['08:00', '8:00 am'],
    ['08:30', '8:30 am'],
    ['12:00', '12:00 pm'],
    ['12:30', '12:30 pm'],
    ['17:00', '5:00 pm'],
    ['00:00', '12:00 am'],
    ['23:45', '11:45 pm'],
  ])('%s → %s', (time, words) => expect(formatClockTime(time)).toBe(words))
})

describe('formatTimeRanges', () => {
  it('writes a closed day as Closed, and each range of an open day in order', () => {
    expect(formatTimeRanges([])).toBe('Closed')
    expect(formatTimeRanges([{ opens: '07:30', closes: '18:00' }])).toBe('7:30 am – 6:00 pm')
    expect(
      formatTimeRanges([
        { opens: '08:00', closes: '12:00' },
        { opens: '13:00', closes: '17:00' },
      ]),
    ).toBe('8:00 am – 12:00 pm, 1:00 pm – 5:00 pm')
  })
})

describe('formatDay', () => {
  it('writes a calendar day with its weekday, whatever the time zone of the machine', () => {
    expect(formatDay('2026-11-26')).toBe('Thursday, November 26')
    expect(formatDays('2026-12-25', '2026-12-25')).toBe('Friday, December 25')
    expect(formatDays('2026-11-26', '2026-11-27')).toBe(
      'Thursday, November 26 to Friday, November 27',
    )
  })
})
