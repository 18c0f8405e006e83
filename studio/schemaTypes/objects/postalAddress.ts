import { defineField, defineType } from 'sanity'
import { requiredText } from '../../validation/fields'

export const postalAddress = defineType({
  name: 'postalAddress',
  title: 'Address',
  type: 'object',
  description: 'The street address patients use to find this location.',
  options: { columns: 2 },
  fields: [
    defineField({
      name: 'street',
      title: 'Street address',
      type: 'string',
      description: 'Street, number and suite, for example "45 Oak Avenue, Suite 200".',
      validation: requiredText('Type the street address, for example 120 Elm Street.'),
    }),
    defineField({
      name: 'city',
      title: 'Town or city',
      type: 'string',
      description: 'The town or city, as it appears on mail.',
      validation: requiredText('Type the town or city.'),
    }),
    defineField({
      name: 'region',
      title: 'State',
      type: 'string',
      description: 'The two-letter state abbreviation, for example IL.',
      validation: requiredText('Type the state, for example IL.'),
    }),
    defineField({
      name: 'postalCode',
      title: 'ZIP code',
      type: 'string',
      description: 'The five-digit ZIP code (or ZIP+4).',
      validation: requiredText('Type the ZIP code, for example 61701.'),
    }),
    defineField({
      name: 'country',
      title: 'Country',
      type: 'string',
      description: 'Two-letter country code. Leave as US unless the location is abroad.',
      initialValue: 'US',
    }),
  ],
})
