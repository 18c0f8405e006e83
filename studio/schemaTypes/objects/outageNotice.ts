import { defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import { outageEndValidator } from '../../validation/rules'
import { plainTranslation } from '../../validation/translated'

export const outageNotice = defineType({
  name: 'outageNotice',
  title: 'Portal outage notice',
  type: 'object',
  description: 'A short notice shown on the portal page while the portal is down or being updated.',
  fields: [
    defineField({
      name: 'message',
      title: 'Notice',
      type: 'internationalizedArrayText',
      description:
        'What patients should know, for example "MyChart is down for updates Sunday 1–5 am."',
      validation: plainTranslation('Type the notice patients should see.'),
    }),
    defineField({
      name: 'startsAt',
      title: 'Show from',
      type: 'datetime',
      description: 'When the notice starts showing on the website.',
      validation: required('Choose the date and time the notice starts.'),
    }),
    defineField({
      name: 'endsAt',
      title: 'Show until',
      type: 'datetime',
      description: 'When the notice stops showing. It must be after "Show from".',
      validation: (rule) => [
        rule.required().error('Choose the date and time the notice ends.'),
        rule.custom(outageEndValidator),
      ],
    }),
  ],
})
