import { WEEKDAYS } from '@doorway/content/model'
import { checkDayRanges } from '@doorway/content/rules'
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
import { englishOf, englishText, requiredTranslation } from '../../validation/translated'

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

// The rule `check` applies too (several lines a day, none overlapping, a closed day alone); the
// message shows on the line in the wrong.
const daysAddUp: CustomValidator<Array<{ _key?: string }> | undefined> = (value) => {
  const rows = value ?? []
  const problems = [...checkDayRanges(rows)].map(([index, { field, message }]) => ({
    message,
    path: [{ _key: rows[index]?._key ?? '' }, field],
  }))
  return problems.length > 0 ? problems : true
}

/** The US time zones a location can choose from, named the way people say them. */
export const US_TIME_ZONES = [
  { title: 'Eastern (New York)', value: 'America/New_York' },
  { title: 'Eastern (Detroit)', value: 'America/Detroit' },
  { title: 'Eastern (Indianapolis)', value: 'America/Indiana/Indianapolis' },
  { title: 'Eastern (Louisville)', value: 'America/Kentucky/Louisville' },
  { title: 'Central (Chicago)', value: 'America/Chicago' },
  { title: 'Mountain (Denver)', value: 'America/Denver' },
  { title: 'Mountain (Boise)', value: 'America/Boise' },
  { title: 'Mountain, no daylight saving (Phoenix)', value: 'America/Phoenix' },
  { title: 'Pacific (Los Angeles)', value: 'America/Los_Angeles' },
  { title: 'Alaska (Anchorage)', value: 'America/Anchorage' },
  { title: 'Hawaii (Honolulu)', value: 'Pacific/Honolulu' },
  { title: 'Atlantic (Puerto Rico)', value: 'America/Puerto_Rico' },
  { title: 'Atlantic (US Virgin Islands)', value: 'America/St_Thomas' },
  { title: 'Chamorro (Guam)', value: 'Pacific/Guam' },
  { title: 'Samoa (American Samoa)', value: 'Pacific/Pago_Pago' },
] as const

const LISTED_TIME_ZONES: ReadonlySet<string> = new Set(US_TIME_ZONES.map((zone) => zone.value))

// The content rule, for the listed zones (a test pins that it accepts them all). Values outside
// the list already fail Sanity's own list rule, with the field's one message.
const listedTimeZone: CustomValidator<string | undefined> = (value, context) =>
  value === undefined || !LISTED_TIME_ZONES.has(value) ? true : timeZoneValidator(value, context)

export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'document',
  description: 'One of your clinic’s offices: its address, phone and opening hours.',
  fields: [
    defineField({
      name: 'name',
      title: 'Location name',
      type: 'internationalizedArrayString',
      description: 'What patients call this office, for example "Downtown clinic".',
      validation: requiredTranslation(
        'Type the name of this location, for example Downtown clinic.',
      ),
    }),
    defineField({
      name: 'slug',
      title: 'Web address name',
      type: 'slug',
      description:
        'The end of this location’s page address, for example "downtown" for /locations/downtown. Click "Generate" to make it from the name. (For developers: the slug.)',
      options: {
        // Made from the English name, so the address is the same in every language.
        source: (doc) => String(englishOf(doc.name) ?? ''),
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
      description: 'The time zone this location’s opening hours are in.',
      initialValue: 'America/Chicago',
      options: { list: [...US_TIME_ZONES] },
      // One message for every way this can be wrong (empty, or not one of the list): the rule's
      // own message replaces each check's.
      validation: (rule) =>
        rule
          .required()
          .custom(listedTimeZone)
          .error('Choose this location’s time zone from the list, for example Central (Chicago).'),
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      of: [defineArrayMember({ type: 'openingHours' })],
      description:
        'One line per day of the week; tick "Closed" for days you are closed all day. Closed for lunch? Add a second line for that day, for example 8:00 am – 12:00 pm and 1:00 pm – 5:00 pm.',
      initialValue: WEEKDAYS.map((day, index) => ({
        _key: day.slice(0, 3).toLowerCase(),
        _type: 'openingHours',
        day,
        ...(index < 5 ? { opens: '08:00', closes: '17:00' } : { closed: true }),
      })),
      validation: (rule) => [
        rule.required().error('Add the opening hours for each day.'),
        rule.min(1).error('Add the opening hours for each day.'),
        rule.custom(daysAddUp),
      ],
    }),
    defineField({
      name: 'specialHours',
      title: 'Holiday and special hours (optional)',
      type: 'array',
      of: [defineArrayMember({ type: 'specialHours' })],
      description:
        'Holidays, closures and short days. Each shows on the website from a week before until its last day; past ones are ignored.',
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
    select: { name: 'name', subtitle: 'address.city' },
    prepare: ({ name, subtitle }) => ({ title: englishText(name), subtitle }),
  },
})
