import { isOutageActive } from '../src'
import {
  checkAppStoreUrl,
  checkOutageWindow,
  checkSlug,
  checkWebsiteHost,
  checkOpeningHours,
  checkEachDayOnce,
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

  it('checkEachDayOnce marks each row that repeats an earlier day, and skips rows without a day', () => {
    const rows = [
      { day: 'Monday' },
      { day: 'Tuesday' },
      { day: 'Monday' },
      {},
      {},
      'not a row',
      { day: 'Monday' },
    ]
    expect([...checkEachDayOnce(rows)]).toEqual([
      [2, 'Monday is listed twice. Keep one row per day.'],
      [6, 'Monday is listed twice. Keep one row per day.'],
    ])
    expect(checkEachDayOnce([{ day: 'Monday' }, { day: 'Tuesday' }]).size).toBe(0)
  })
})
