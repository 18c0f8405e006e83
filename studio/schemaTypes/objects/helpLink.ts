import { defineField, defineType } from 'sanity'
import { requiredText } from '../../validation/fields'
import { portalLinkValidator } from '../../validation/portalLink'

export const helpLink = defineType({
  name: 'helpLink',
  title: 'Portal help page',
  type: 'object',
  description:
    'A help page on the portal vendor’s website, such as password reset or questions and answers.',
  fields: [
    defineField({
      name: 'label',
      title: 'Link text',
      type: 'string',
      description: 'What the link says, for example "Reset your MyChart password".',
      validation: requiredText(
        'Type the link text patients will see, for example "Reset your password".',
      ),
    }),
    defineField({
      name: 'url',
      title: 'Help page address',
      type: 'string',
      description: 'The help page’s full address. It must be on the portal vendor’s website.',
      validation: (rule) => [
        rule
          .required()
          .error('Paste the address of the help page on your portal vendor’s website.'),
        rule.custom(portalLinkValidator('help page address')),
      ],
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
})
