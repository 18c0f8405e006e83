import { defineField, defineType } from 'sanity'
import { plainTranslation } from '../../validation/translated'
import { portalLinkValidator } from '../../validation/portalLink'

export const familyAccess = defineType({
  name: 'familyAccess',
  title: 'Family access (parents and guardians)',
  type: 'object',
  description:
    'How parents see their child’s record in the portal, and what changes as the child grows up.',
  fields: [
    defineField({
      name: 'summary',
      title: 'How parents get access',
      type: 'internationalizedArrayText',
      description: 'In plain words: how a parent asks for access to their child’s record.',
      validation: plainTranslation(
        'Explain how parents get access to their child’s record, for example "Ask the front desk for a family access form."',
      ),
    }),
    defineField({
      name: 'parentViewChangesAtAge',
      title: 'Age when a parent’s view changes',
      type: 'number',
      description:
        'The child’s age, in years, when parents start seeing less (your clinic’s policy, often 12 or 13).',
      validation: (rule) => [
        rule.required().error('Type the age, as a number, at which a parent’s view changes.'),
        rule.integer().error('Type a whole number of years.'),
        rule.min(0).error('Type an age from 0 to 21.'),
        rule.max(21).error('Type an age from 0 to 21.'),
      ],
    }),
    defineField({
      name: 'afterThatAge',
      title: 'What changes at that age',
      type: 'internationalizedArrayText',
      description: 'What a parent can and cannot see after that age, in plain words.',
      validation: plainTranslation('Explain what a parent can still see after that age.'),
    }),
    defineField({
      name: 'requestUrl',
      title: 'Family access request address (optional)',
      type: 'string',
      description:
        'The portal page where a parent asks for access, if your vendor has one. It must be on the portal vendor’s website.',
      validation: (rule) => rule.custom(portalLinkValidator('family-access request address')),
    }),
  ],
})
