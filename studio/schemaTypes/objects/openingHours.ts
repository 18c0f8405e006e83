import { WEEKDAYS } from '@doorway/content/model'
import { defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import { openingRowValidator } from '../../validation/rules'
import { clockTimeField, rangeTitle } from './clockTime'

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
    clockTimeField('opens'),
    clockTimeField('closes'),
  ],
  validation: (rule) => rule.custom(openingRowValidator),
  preview: {
    select: { day: 'day', closed: 'closed', opens: 'opens', closes: 'closes' },
    prepare({ day, closed, opens, closes }) {
      return {
        title: typeof day === 'string' ? day : 'Day not chosen',
        subtitle: closed ? 'Closed all day' : rangeTitle(opens, closes),
      }
    },
  },
})
