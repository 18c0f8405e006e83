import { formatClockTime as houseStyleClockTime } from '@doorway/content/site'
import {
  formatClockTime,
  formatDate,
  formatDateTime,
  formatDay,
  formatDays,
  formatTimeRanges,
  formatWeekday,
  intlLocale,
} from './format'

// Intl puts a no-break space (U+00A0) or a narrow one (U+202F) in some places; tests read spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatClockTime', () => {
  it.each([
    ['08:00', '8:00 am', '8:00 a.m.'],
    ['08:30', '8:30 am', '8:30 a.m.'],
    ['12:00', '12:00 pm', '12:00 p.m.'],
    ['12:30', '12:30 pm', '12:30 p.m.'],
    ['17:00', '5:00 pm', '5:00 p.m.'],
    ['00:00', '12:00 am', '12:00 a.m.'],
    ['22:00', '10:00 pm', '10:00 p.m.'],
    ['23:45', '11:45 pm', '11:45 p.m.'],
  ])('%s → %s (en), %s (es)', (time, english, spanish) => {
    expect(formatClockTime(time, 'en')).toBe(english)
    // English keeps the site's own style, the one the Studio shows too.
    expect(formatClockTime(time, 'en')).toBe(houseStyleClockTime(time))
    expect(plain(formatClockTime(time, 'es'))).toBe(spanish)
  })

  it('writes a time as each language does (24-hour where that is the custom)', () => {
    expect(plain(formatClockTime('22:00', 'vi'))).toBe('22:00')
    expect(plain(formatClockTime('22:00', 'es-MX'))).toBe('10:00 p.m.')
  })
})

describe('formatTimeRanges', () => {
  it('writes a closed day as Closed, and each range of an open day in order', () => {
    expect(formatTimeRanges([], 'en')).toBe('Closed')
    expect(formatTimeRanges([{ opens: '07:30', closes: '18:00' }], 'en')).toBe('7:30 am – 6:00 pm')
    expect(
      formatTimeRanges(
        [
          { opens: '08:00', closes: '12:00' },
          { opens: '13:00', closes: '17:00' },
        ],
        'en',
      ),
    ).toBe('8:00 am – 12:00 pm, 1:00 pm – 5:00 pm')
  })

  it('in Spanish: Cerrado, and Spanish times', () => {
    expect(formatTimeRanges([], 'es')).toBe('Cerrado')
    expect(
      plain(
        formatTimeRanges(
          [
            { opens: '08:00', closes: '12:00' },
            { opens: '13:00', closes: '17:00' },
          ],
          'es',
        ),
      ),
    ).toBe('8:00 a.m. – 12:00 p.m., 1:00 p.m. – 5:00 p.m.')
  })

  it('a language without a catalog: Closed in English (the fallback words)', () => {
    expect(formatTimeRanges([], 'vi')).toBe('Closed')
  })
})

describe('formatDay', () => {
  it('writes a calendar day with its weekday, whatever the time zone of the machine', () => {
    expect(formatDay('2026-11-26', 'en')).toBe('Thursday, November 26')
    expect(formatDays('2026-12-25', '2026-12-25', 'en')).toBe('Friday, December 25')
    expect(formatDays('2026-11-26', '2026-11-27', 'en')).toBe(
      'Thursday, November 26 to Friday, November 27',
    )
  })

  it('in Spanish, with its own words between two days', () => {
    expect(formatDay('2026-11-26', 'es')).toBe('jueves, 26 de noviembre')
    expect(formatDays('2026-12-25', '2026-12-25', 'es')).toBe('viernes, 25 de diciembre')
    expect(formatDays('2026-11-26', '2026-11-27', 'es')).toBe(
      'del jueves, 26 de noviembre al viernes, 27 de noviembre',
    )
  })
})

describe('formatDate', () => {
  it.each([
    ['en', 'November 16, 2026'],
    ['es', '16 de noviembre de 2026'],
  ])('%s: %s', (language, words) => expect(formatDate('2026-11-16', language)).toBe(words))
})

describe('formatWeekday', () => {
  it.each([
    ['Monday', 'Monday', 'Lunes'],
    ['Thursday', 'Thursday', 'Jueves'],
    ['Sunday', 'Sunday', 'Domingo'],
  ] as const)('%s → %s, %s', (day, english, spanish) => {
    expect(formatWeekday(day, 'en')).toBe(english)
    expect(formatWeekday(day, 'es')).toBe(spanish)
  })
})

describe('formatDateTime', () => {
  // 10 pm on November 28 in Chicago is 04:00 on November 29 in UTC: the clinic's zone decides the day.
  const iso = '2026-11-29T04:00:00Z'

  it('writes the moment in the clinic’s time zone, in the page’s language', () => {
    expect(plain(formatDateTime(iso, 'America/Chicago', 'en'))).toMatch(
      /^Saturday, November 28.* 10:00 PM CST$/,
    )
    expect(plain(formatDateTime(iso, 'America/Chicago', 'es'))).toBe(
      'sábado, 28 de noviembre, 10:00 p.m. CST',
    )
  })
})

describe('intlLocale', () => {
  it.each([
    ['en', 'en-US'],
    ['es', 'es-US'],
    ['es-MX', 'es-MX'],
    ['zh-Hant', 'zh-Hant-US'],
    ['not a tag', 'en-US'],
  ])('%s → %s', (language, locale) => expect(intlLocale(language)).toBe(locale))
})
