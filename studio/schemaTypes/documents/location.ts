import { WEEKDAYS } from '@doorway/content/model'
import {
  defineArrayMember,
  defineField,
  defineType,
  type CustomValidator,
  type SlugValue,
} from 'sanity'
import { required } from '../../validation/fields'
import { isLocationSlugTaken } from '../../validation/lookups'
import { phoneValidator, slugFormatProblem, timeZoneValidator } from '../../validation/rules'

const uniqueSlug: CustomValidator<SlugValue | undefined> = async (value, context) => {
  const slug = value?.current
  if (slug === undefined)
    return 'Click "Generate" to make the web address name (slug) from the location name.'
  const format = slugFormatProblem(slug)
  if (format) return format
  if (await isLocationSlugTaken(context, slug)) {
    return `Another location already uses the web address name "${slug}". Change it, for example to "${slug}-2".`
  }
  return true
}

const oneEntryPerDay: CustomValidator<Array<{ day?: unknown }> | undefined> = (value) => {
  const seen = new Set<unknown>()
  for (const entry of value ?? []) {
    if (entry.day === undefined) continue
    if (seen.has(entry.day))
      return `${String(entry.day)} is listed more than once. Remove one of them.`
    seen.add(entry.day)
  }
  return true
}

export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'document',
  description: 'One of your clinic’s offices: its address, phone and opening hours.',
  fields: [
    defineField({
      name: 'name',
      title: 'Location name',
      type: 'string',
      description: 'What patients call this office, for example "Downtown clinic".',
      validation: required('Type the name of this location, for example Downtown clinic.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address name',
      type: 'slug',
      description:
        'The end of this location’s page address, for example "downtown". Click "Generate".',
      options: {
        source: 'name',
        maxLength: 64,
        // Uniqueness is checked by the rule below, whose message says how to fix it.
        isUnique: () => true,
      },
      // Not `required()`: that would also show Sanity's bare "Required" under the slug's inner field.
      validation: (rule) => rule.custom(uniqueSlug),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'postalAddress',
      description: 'The street address patients use to find this location.',
      validation: required('Fill in the address of this location.'),
    }),
    defineField({
      name: 'phone',
      title: 'Phone number',
      type: 'string',
      description: 'This location’s phone number, for example (217) 555-0101.',
      validation: (rule) => [
        rule.required().error('Type this location’s phone number, for example (217) 555-0101.'),
        rule.custom(phoneValidator),
      ],
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      description:
        'The location’s time zone name: America/New_York (Eastern), America/Chicago (Central), America/Denver (Mountain), America/Phoenix, America/Los_Angeles (Pacific).',
      initialValue: 'America/Chicago',
      placeholder: 'America/Chicago',
      validation: (rule) => [
        rule
          .required()
          .error('Type this location’s time zone, for example America/Chicago for Central time.'),
        rule.custom(timeZoneValidator),
      ],
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      of: [defineArrayMember({ type: 'openingHours' })],
      description: 'One line per day of the week; tick "Closed all day" for days you are closed.',
      initialValue: WEEKDAYS.map((day, index) => ({
        _key: day.slice(0, 3).toLowerCase(),
        _type: 'openingHours',
        day,
        ...(index < 5 ? { opens: '08:00', closes: '17:00' } : { closed: true }),
      })),
      validation: (rule) => [
        rule.required().error('Add the opening hours for each day.'),
        rule.min(1).error('Add the opening hours for each day.'),
        rule.custom(oneEntryPerDay),
      ],
    }),
    defineField({
      name: 'acceptingNewPatients',
      title: 'Accepting new patients (optional)',
      type: 'boolean',
      description:
        'Whether this location takes new patients now. Leave unset if you would rather not say.',
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'address.city' },
  },
})
