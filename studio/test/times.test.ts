import type { RawDocument } from '@doorway/content'
import type { ObjectSchemaType, StringSchemaType } from 'sanity'
import { CLOCK_TIME_OPTIONS } from '../schemaTypes/objects/clockTime'
import { copyOf, errorsOf, loadSample, schema } from './harness'

// Times are entered and shown as the office says them ("8:30 am") and stored as today ("08:30").

let sample: RawDocument[]
beforeAll(async () => {
  sample = await loadSample()
})

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function field(typeName: string, name: string): StringSchemaType {
  const type = schema.get(typeName) as ObjectSchemaType
  return type.fields.find((f) => f.name === name)!.type as StringSchemaType
}

describe('opening and closing times', () => {
  test('offer every quarter hour, titled as the office says it, stored as 24-hour HH:MM', () => {
    expect(CLOCK_TIME_OPTIONS).toHaveLength(96)
    const titles = new Map(CLOCK_TIME_OPTIONS.map((o) => [o.value, o.title]))
    expect(titles.get('00:00')).toBe('12:00 am')
    expect(titles.get('08:30')).toBe('8:30 am')
    expect(titles.get('12:00')).toBe('12:00 pm')
    expect(titles.get('13:45')).toBe('1:45 pm')
    expect(titles.get('23:45')).toBe('11:45 pm')
    for (const { value } of CLOCK_TIME_OPTIONS) expect(value).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
  })

  test.each([
    ['openingHours', 'opens'],
    ['openingHours', 'closes'],
    ['timeRange', 'opens'],
    ['timeRange', 'closes'],
  ])('%s.%s is chosen from that list', (type, name) => {
    expect(field(type, name).options?.list).toBe(CLOCK_TIME_OPTIONS)
  })

  test('every time in the sample is one of the list, so it shows as "8:30 am"', () => {
    const values = new Set(CLOCK_TIME_OPTIONS.map((o) => o.value))
    const times = sample
      .filter((doc) => doc._type === 'location')
      .flatMap((doc) => [
        ...(doc.openingHours as Doc[]),
        ...(doc.specialHours as Doc[]).flatMap((s) => (s.hours ?? []) as Doc[]),
      ])
      .flatMap((row) => [row.opens, row.closes])
      .filter((time) => time !== undefined)
    expect(times.length).toBeGreaterThan(20)
    for (const time of times) expect(values).toContain(time)
  })

  test('a chosen time is stored as HH:MM and passes; a lunch break on a special day too', async () => {
    const location = copyOf(sample, 'location-downtown') as Doc
    location.openingHours[0].opens = '08:15'
    location.specialHours[1].hours = [
      { _key: 'am', _type: 'timeRange', opens: '08:00', closes: '12:00' },
      { _key: 'pm', _type: 'timeRange', opens: '13:00', closes: '15:30' },
    ]
    expect(await errorsOf(location as RawDocument, sample)).toEqual([])
  })
})
