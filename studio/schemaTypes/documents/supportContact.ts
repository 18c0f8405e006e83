import { defineField, defineType } from 'sanity'
import { requiredText } from '../../validation/fields'
import { phoneValidator } from '../../validation/rules'

export const supportContact = defineType({
  name: 'supportContact',
  title: 'Support contact',
  type: 'document',
  description: 'A person, desk or help line patients can call about the portal.',
  fields: [
    defineField({
      name: 'name',
      title: 'Name or role',
      type: 'string',
      description: 'Who answers, for example "Front desk" or "Billing office".',
      validation: requiredText('Type who answers this phone, for example Front desk.'),
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
      type: 'string',
      description: 'When someone answers, for example "Monday to Friday, 8 am to 5 pm".',
      validation: requiredText(
        'Type when someone answers this phone, for example "Monday to Friday, 8 am to 5 pm".',
      ),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'phone' } },
})
