import { WEEKDAYS } from '@doorway/content/model'
import { defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import { openingTimeValidator } from '../../validation/rules'

const hiddenWhenClosed = ({ parent, value }: { parent?: unknown; value?: unknown }) =>
  (parent as { closed?: unknown } | undefined)?.closed === true &&
  (value === undefined || value === '')

export const openingHours = defineType({
  name: 'openingHours',
  title: 'Opening hours for one day',
  type: 'object',
  description: 'When this location is open on one day of the week.',
  fields: [
    defineField({
      name: 'day',
      title: 'Day',
      type: 'string',
      description: 'The day of the week these hours are for.',
      options: { list: WEEKDAYS.map((day) => ({ title: day, value: day })) },
      validation: required('Choose the day of the week.'),
    }),
    defineField({
      name: 'closed',
      title: 'Closed',
      type: 'boolean',
      description: 'Tick this if the location is closed all day; then leave the times empty.',
      initialValue: false,
    }),
    defineField({
      name: 'opens',
      title: 'Opens at',
      type: 'string',
      description: '24-hour time, for example 08:30.',
      placeholder: '08:30',
      // Hidden on closed days, unless a time is left there that must be removed.
      hidden: hiddenWhenClosed,
      validation: (rule) => rule.custom(openingTimeValidator('opens')),
    }),
    defineField({
      name: 'closes',
      title: 'Closes at',
      type: 'string',
      description: '24-hour time, for example 17:00 for 5 pm.',
      placeholder: '17:00',
      // Hidden on closed days, unless a time is left there that must be removed.
      hidden: hiddenWhenClosed,
      validation: (rule) => rule.custom(openingTimeValidator('closes')),
    }),
  ],
  preview: {
    select: { day: 'day', closed: 'closed', opens: 'opens', closes: 'closes' },
    prepare({ day, closed, opens, closes }) {
      return {
        title: typeof day === 'string' ? day : 'Day not chosen',
        subtitle: closed ? 'Closed all day' : `${opens ?? '?'} – ${closes ?? '?'}`,
      }
    },
  },
})
