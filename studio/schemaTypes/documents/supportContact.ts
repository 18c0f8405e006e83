import { defineField, defineType } from 'sanity'
import { phoneValidator } from '../../validation/rules'
import { englishText, requiredTranslation } from '../../validation/translated'

export const supportContact = defineType({
  name: 'supportContact',
  title: 'Support contact',
  type: 'document',
  description: 'A person, desk or help line patients can call about the portal.',
  fields: [
    defineField({
      name: 'name',
      title: 'Name or role',
      type: 'internationalizedArrayString',
      description: 'Who answers, for example "Front desk" or "Billing office".',
      validation: requiredTranslation('Type who answers this phone, for example Front desk.'),
    }),
    defineField({
      name: 'phone',
      title: 'Phone number',
      type: 'string',
      description: 'The number to call, for example (217) 555-0134.',
      validation: (rule) => [
        rule.required().error('Type the phone number to call, for example (217) 555-0134.'),
        rule.custom(phoneValidator),
      ],
    }),
    defineField({
      name: 'hours',
      title: 'Hours',
      type: 'internationalizedArrayString',
      description: 'When someone answers, for example "Monday to Friday, 8 am to 5 pm".',
      validation: requiredTranslation(
        'Type when someone answers this phone, for example "Monday to Friday, 8 am to 5 pm".',
      ),
    }),
  ],
  preview: {
    select: { name: 'name', subtitle: 'phone' },
    prepare: ({ name, subtitle }) => ({ title: englishText(name), subtitle }),
  },
})
