import { defineField, defineType } from 'sanity'
import { englishText, plainTranslation } from '../../validation/translated'

/** One thing patients can do in the portal, in every language (a list item of its own, since a list cannot hold lists). */
export const portalFeature = defineType({
  name: 'portalFeature',
  title: 'Something patients can do',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'What patients can do',
      type: 'internationalizedArrayString',
      description: 'One thing, for example "Ask for a prescription refill".',
      validation: plainTranslation('Type what patients can do, or remove this empty line.'),
    }),
  ],
  preview: {
    select: { text: 'text' },
    prepare: ({ text }) => ({ title: englishText(text) }),
  },
})
