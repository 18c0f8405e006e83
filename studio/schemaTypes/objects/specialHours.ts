import { checkSpecialHours } from '@doorway/content/rules'
import { defineArrayMember, defineField, defineType, type CustomValidator } from 'sanity'
import { required } from '../../validation/fields'
import { openingRowValidator } from '../../validation/rules'
import { englishText, requiredTranslation } from '../../validation/translated'
import { clockTimeField, rangeTitle } from './clockTime'

type Entry = Parameters<typeof checkSpecialHours>[0]

/** The problems `check` finds in this entry under `field`, as Sanity validation results. */
function entryProblems(field: 'lastDay' | 'hours'): CustomValidator<unknown> {
  return (_, context) => {
    const entry = (context.parent ?? {}) as Entry
    const rows = Array.isArray(entry.hours) ? (entry.hours as { _key?: string }[]) : []
    const problems = checkSpecialHours(entry)
      .filter((problem) => problem.path[0] === field)
      // A closing time before its opening time is the time field's own to say.
      .filter((problem) => problem.path[2] !== 'closes')
      .map(({ path, message }) =>
        typeof path[1] === 'number'
          ? { message, path: [{ _key: rows[path[1]]?._key ?? '' }, ...path.slice(2)] }
          : { message },
      )
    return problems.length > 0 ? problems : true
  }
}

/** One opening range on a day of special hours. */
export const timeRange = defineType({
  name: 'timeRange',
  title: 'Opening time',
  type: 'object',
  description: 'From when to when the location is open.',
  fields: [clockTimeField('opens'), clockTimeField('closes')],
  validation: (rule) => rule.custom(openingRowValidator),
  preview: {
    select: { opens: 'opens', closes: 'closes' },
    prepare: ({ opens, closes }) => ({
      title: rangeTitle(opens, closes),
    }),
  },
})

/** Dated hours that replace the usual week: a holiday, a closure, a short day. */
export const specialHours = defineType({
  name: 'specialHours',
  title: 'Holiday or special hours',
  type: 'object',
  description:
    'Days when this location keeps other hours than usual. The website shows them from a week before until the last day.',
  fields: [
    defineField({
      name: 'reason',
      title: 'Reason',
      type: 'internationalizedArrayString',
      description:
        'A few words patients understand, for example "Thanksgiving" or "Staff training".',
      validation: requiredTranslation('Type the reason, for example Thanksgiving.'),
    }),
    defineField({
      name: 'firstDay',
      title: 'First day',
      type: 'date',
      description: 'The first day of these hours.',
      validation: required('Choose the first day from the calendar.'),
    }),
    defineField({
      name: 'lastDay',
      title: 'Last day (optional)',
      type: 'date',
      description: 'For more than one day: the last day. Leave empty for one day.',
      validation: (rule) => rule.custom(entryProblems('lastDay')),
    }),
    defineField({
      name: 'closed',
      title: 'Closed all day',
      type: 'boolean',
      description: 'Tick this if the location is closed on these days; then add no times.',
      initialValue: true,
    }),
    defineField({
      name: 'hours',
      title: 'Opening times on these days',
      type: 'array',
      of: [defineArrayMember({ type: 'timeRange' })],
      description:
        'When the location is open on these days, if it is open. Add two for a lunch break.',
      hidden: ({ parent, value }) =>
        (parent as { closed?: unknown } | undefined)?.closed === true &&
        (value === undefined || (Array.isArray(value) && value.length === 0)),
      validation: (rule) => rule.custom(entryProblems('hours')),
    }),
  ],
  preview: {
    select: { reason: 'reason', firstDay: 'firstDay', lastDay: 'lastDay', closed: 'closed' },
    prepare: ({ reason, firstDay, lastDay, closed }) => ({
      title: englishText(reason) ?? 'Reason not given',
      subtitle: `${firstDay ?? '?'}${lastDay ? ` to ${lastDay}` : ''}${closed ? ', closed' : ''}`,
    }),
  },
})
