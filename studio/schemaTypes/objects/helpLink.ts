import { defineField, defineType } from 'sanity'
import { eachLanguage, englishText, requiredTranslation } from '../../validation/translated'
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
      type: 'internationalizedArrayString',
      description: 'What the link says, for example "Reset your MyChart password".',
      validation: requiredTranslation(
        'Type the link text patients will see, for example "Reset your password".',
      ),
    }),
    defineField({
      name: 'url',
      title: 'Help page address',
      type: 'internationalizedArrayString',
      description:
        'The help page’s full address. It must be on the portal vendor’s website. Give another language an address only where the vendor has a page in that language; it uses the English one otherwise.',
      validation: (rule) => [
        ...requiredTranslation(
          'Paste the address of the help page on your portal vendor’s website.',
        )(rule),
        rule.custom(eachLanguage(portalLinkValidator('help page address'))),
      ],
    }),
  ],
  preview: {
    select: { label: 'label', url: 'url' },
    prepare: ({ label, url }) => ({ title: englishText(label), subtitle: englishText(url) }),
  },
})
