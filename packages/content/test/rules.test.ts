import { isOutageActive } from '../src'
import {
  checkAppStoreUrl,
  checkOutageWindow,
  checkSlug,
  checkWebsiteHost,
  checkOpeningHours,
  checkDayRanges,
  checkSpecialHours,
  SLUG_PATTERN,
  checkPhone,
  checkTimeZone,
} from '../src/rules'

describe('shared field rules (also used by the Studio)', () => {
  it('checkPhone formats US numbers nationally and others internationally', () => {
    expect(checkPhone('217.555.0134')).toEqual({
      ok: true,
      value: { display: '(217) 555-0134', href: 'tel:+12175550134' },
    })
    expect(checkPhone('+44 20 7946 0958')).toEqual({
      ok: true,
      value: { display: '+44 20 7946 0958', href: 'tel:+442079460958' },
    })
    expect(checkPhone('12345')).toMatchObject({
      ok: false,
      message: expect.stringContaining('area code'),
    })
    expect(checkPhone(2175550134)).toMatchObject({ ok: false })
  })

  // The extension is shown and dialled after a pause (a comma), the form phones honour.
  it.each([
    ['(217) 555-0134 ext. 12', '(217) 555-0134 ext. 12', 'tel:+12175550134,12'],
    ['217-555-0134 x12', '(217) 555-0134 ext. 12', 'tel:+12175550134,12'],
    ['(217) 555-0134 extension 4501', '(217) 555-0134 ext. 4501', 'tel:+12175550134,4501'],
    ['+44 20 7946 0958 ext. 3', '+44 20 7946 0958 ext. 3', 'tel:+442079460958,3'],
  ])(
    'checkPhone keeps the extension of %s in the text and the dialled link',
    (input, display, href) => {
      expect(checkPhone(input)).toEqual({ ok: true, value: { display, href } })
    },
  )

  it('checkTimeZone accepts IANA names only', () => {
    expect(checkTimeZone('America/Chicago')).toEqual({ ok: true, value: 'America/Chicago' })
    expect(checkTimeZone('Central Time')).toMatchObject({ ok: false })
    expect(checkTimeZone('')).toMatchObject({ ok: false })
  })

  it('checkAppStoreUrl wants https on the store’s own host', () => {
    expect(checkAppStoreUrl('apple', 'https://apps.apple.com/us/app/mychart/id382952264')).toEqual({
      ok: true,
      value: 'https://apps.apple.com/us/app/mychart/id382952264',
    })
    expect(checkAppStoreUrl('apple', 'https://apps.apple.com.evil.example/app')).toMatchObject({
      ok: false,
    })
    expect(checkAppStoreUrl('apple', 'https://user@apps.apple.com/app')).toMatchObject({
      ok: false,
    })
    expect(checkAppStoreUrl('google', 'https://play.google.com:8443/store')).toMatchObject({
      ok: false,
    })
    expect(checkAppStoreUrl('google', 'play.google.com/store')).toMatchObject({ ok: false })
  })

  it('checkWebsiteHost normalises to lower-case ASCII and refuses anything but a host name', () => {
    expect(checkWebsiteHost('WWW.MapleGrove.example.')).toEqual({
      ok: true,
      value: 'www.maplegrove.example',
    })
    expect(checkWebsiteHost('bücher.example')).toEqual({ ok: true, value: 'xn--bcher-kva.example' })
    for (const bad of [
      'localhost',
      'maplegrove.example/about',
      'maplegrove.example:8080',
      '10.0.0.1',
      'a b.example',
      '',
    ]) {
      expect(checkWebsiteHost(bad)).toMatchObject({ ok: false })
    }
  })

  it('checkSlug and SLUG_PATTERN allow lower-case words joined by single dashes', () => {
    expect(checkSlug('north-side-2')).toEqual({ ok: true, value: 'north-side-2' })
    for (const bad of ['North', 'north--side', '-north', 'north side', 'north/side', '']) {
      expect(SLUG_PATTERN.test(bad)).toBe(false)
      expect(checkSlug(bad)).toMatchObject({ ok: false })
    }
  })

  it('checkOpeningHours checks one day', () => {
    expect(checkOpeningHours({ opens: '08:00', closes: '17:00' })).toEqual([])
    expect(checkOpeningHours({ closed: true })).toEqual([])
    expect(checkOpeningHours({ opens: '17:00', closes: '17:00' })).toEqual([
      { field: 'closes', message: 'The closing time must be later than the opening time.' },
    ])
    expect(checkOpeningHours({})).toEqual([
      { field: 'opens', message: 'Type the opening time, or tick "Closed" for this day.' },
    ])
    expect(
      checkOpeningHours({ closed: true, opens: '08:00', closes: '12:00' }).map((p) => p.field),
    ).toEqual(['opens', 'closes'])
  })

  it('checkOutageWindow and isOutageActive agree on the window', () => {
    const notice = {
      message: 'Down',
      startsAt: '2025-12-06T22:00:00Z',
      endsAt: '2025-12-07T02:00:00Z',
    }
    expect(checkOutageWindow(notice.startsAt, notice.endsAt)).toEqual({ ok: true, value: null })
    expect(checkOutageWindow(notice.endsAt, notice.startsAt)).toMatchObject({ ok: false })
    expect(isOutageActive(notice, new Date('2025-12-06T21:59:59Z'))).toBe(false)
    expect(isOutageActive(notice, new Date('2025-12-06T22:00:00Z'))).toBe(true)
    expect(isOutageActive(notice, new Date('2025-12-07T02:00:00Z'))).toBe(false)
    expect(isOutageActive(null, new Date())).toBe(false)
  })

  const row = (day: string, opens?: string, closes?: string, closed?: boolean) => ({
    day,
    opens,
    closes,
    ...(closed === undefined ? {} : { closed }),
  })

  it('checkDayRanges lets a day have several lines that do not overlap, in any order', () => {
    const lunch = [
      row('Monday', '13:00', '17:00'),
      row('Monday', '08:00', '12:00'),
      row('Tuesday', '08:00', '17:00'),
      row('Sunday', undefined, undefined, true),
    ]
    expect(checkDayRanges(lunch).size).toBe(0)
  })

  it.each([
    [
      'overlapping ranges',
      [row('Monday', '08:00', '13:00'), row('Monday', '12:00', '17:00')],
      [
        1,
        'opens',
        'Monday has hours that overlap: 8:00 am – 1:00 pm and 12:00 pm – 5:00 pm. Change the times so one ends before the next begins (for a lunch break, for example 8:00 am – 12:00 pm and 1:00 pm – 5:00 pm), or join them into one line.',
      ],
    ],
    [
      'ranges that meet (one line would do), reported on the later one whatever the order',
      [row('Friday', '12:00', '17:00'), row('Friday', '08:00', '12:00')],
      [
        0,
        'opens',
        expect.stringContaining(
          'Friday has hours that overlap: 8:00 am – 12:00 pm and 12:00 pm – 5:00 pm.',
        ),
      ],
    ],
    [
      'the same day twice',
      [
        row('Monday', '08:00', '17:00'),
        row('Tuesday', '08:00', '17:00'),
        row('Monday', '08:00', '17:00'),
      ],
      [2, 'opens', expect.stringContaining('Monday has hours that overlap')],
    ],
    [
      'a closed day with another line',
      [row('Sunday', undefined, undefined, true), row('Sunday', '09:00', '12:00')],
      [
        1,
        'day',
        'Sunday is marked closed, but it has another line. Remove the extra line, or untick "Closed" and give each line its times.',
      ],
    ],
  ])('checkDayRanges refuses %s, naming the day', (_, rows, [index, field, message]) => {
    expect([...checkDayRanges(rows)]).toEqual([[index, { field, message }]])
  })

  it('checkDayRanges skips rows without a day and malformed times (the model reports those)', () => {
    expect(
      checkDayRanges([
        {},
        'not a row',
        row('Monday', '8am', '17:00'),
        row('Monday', '09:00', '10:00'),
      ]).size,
    ).toBe(0)
  })

  it.each([
    ['one closed day', { firstDay: '2026-11-26', closed: true }, []],
    ['several days', { firstDay: '2026-12-24', lastDay: '2026-12-26', closed: true }, []],
    ['a short day', { firstDay: '2026-12-24', hours: [{ opens: '08:00', closes: '12:00' }] }, []],
    [
      'a last day before the first',
      { firstDay: '2026-12-24', lastDay: '2026-12-20', closed: true },
      [['lastDay']],
    ],
    [
      'closed with times',
      { firstDay: '2026-12-24', closed: true, hours: [{ opens: '08:00', closes: '12:00' }] },
      [['hours']],
    ],
    ['open without times', { firstDay: '2026-12-24', closed: false }, [['hours']]],
    [
      'a range that ends before it starts',
      { firstDay: '2026-12-24', hours: [{ opens: '12:00', closes: '08:00' }] },
      [['hours', 0, 'closes']],
    ],
    [
      'overlapping ranges',
      {
        firstDay: '2026-12-24',
        hours: [
          { opens: '08:00', closes: '12:00' },
          { opens: '11:00', closes: '15:00' },
        ],
      },
      [['hours', 1, 'opens']],
    ],
  ])('checkSpecialHours: %s', (_, entry, paths) => {
    const problems = checkSpecialHours(entry)
    expect(problems.map((p) => p.path)).toEqual(paths)
    for (const problem of problems) expect(problem.message).toMatch(/\.$/)
  })
})
