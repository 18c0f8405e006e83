import { formatClock, formatDayHours } from './format'

describe('formatClock', () => {
  it.each([
    ['08:00', '8 am'],
    ['08:30', '8:30 am'],
    ['12:00', 'noon'],
    ['12:30', '12:30 pm'],
    ['17:00', '5 pm'],
    ['00:00', '12 am'],
  ])('%s → %s', (time, words) => expect(formatClock(time)).toBe(words))
})

describe('formatDayHours', () => {
  it('writes a closed day as Closed', () => {
    expect(formatDayHours({ day: 'Sunday', opens: null, closes: null })).toBe('Closed')
    expect(formatDayHours({ day: 'Monday', opens: '07:30', closes: '18:00' })).toBe('7:30 am to 6 pm')
  })
})
