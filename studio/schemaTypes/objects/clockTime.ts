import { formatClockTime } from '@doorway/content/site'
import { defineField } from 'sanity'
import { CHOOSE_TIME } from '../../validation/rules'

/** Every quarter hour of the day, stored as 24-hour `HH:MM`, listed as the office says it ("8:30 am"). */
export const CLOCK_TIME_OPTIONS = Array.from({ length: 96 }, (_, i) => {
  const value = `${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`
  return { title: formatClockTime(value), value }
})

const HIDDEN_WHEN_CLOSED = ({ parent, value }: { parent?: unknown; value?: unknown }) =>
  (parent as { closed?: unknown } | undefined)?.closed === true &&
  (value === undefined || value === '')

/**
 * An opening or closing time, chosen from the quarter hours ("8:30 am") and stored as 24-hour
 * `HH:MM` ("08:30"), the format the content model and schema.org use. Hidden on a day marked
 * closed, unless a time is left there that must be removed. Its row (`openingRowValidator`)
 * checks that the times fit together.
 */
export function clockTimeField(name: 'opens' | 'closes') {
  return defineField({
    name,
    title: name === 'opens' ? 'Opens at' : 'Closes at',
    type: 'string',
    description:
      name === 'opens'
        ? 'Choose the opening time, for example 8:30 am. (Stored as 24-hour HH:MM.)'
        : 'Choose the closing time, for example 5:00 pm. (Stored as 24-hour HH:MM.)',
    options: { list: CLOCK_TIME_OPTIONS },
    hidden: HIDDEN_WHEN_CLOSED,
    // Sanity's own list check refuses anything else (only an import can put it there), in our
    // words; the row's validation says when the times do not fit together.
    validation: (rule) => rule.error(CHOOSE_TIME),
  })
}

/** A range as the office reads it in a list preview: "8:00 am – 12:00 pm", with "?" for a missing time. */
export function rangeTitle(opens: unknown, closes: unknown): string {
  const time = (value: unknown) => (typeof value === 'string' ? formatClockTime(value) : '?')
  return `${time(opens)} – ${time(closes)}`
}
