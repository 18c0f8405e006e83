import { defineField, defineType } from 'sanity'
import { required, requiredText } from '../../validation/fields'
import { portalLinkValidator, type VendorChoice } from '../../validation/portalLink'
import { englishText, plainTranslation } from '../../validation/translated'

/** This other portal's own vendor, chosen in the same row. */
const OWN_VENDOR: VendorChoice = {
  ref: (parent) => (parent as { vendor?: { _ref?: unknown } } | undefined)?.vendor?._ref,
  choose: (field) =>
    `Choose this portal’s vendor first: this ${field} is checked against the web domains of that vendor.`,
}

/**
 * "Which portal is mine?": another portal some of your patients use, such as a hospital
 * system's MyChart. Its sign-in address is checked against its own vendor's domains.
 */
export const otherPortal = defineType({
  name: 'otherPortal',
  title: 'Another portal',
  type: 'object',
  description:
    'A portal some of your patients use besides yours, for example the MyChart of the hospital your doctors work with.',
  fields: [
    defineField({
      name: 'name',
      title: 'Portal name patients know',
      type: 'string',
      description: 'For example "Riverbend Health MyChart".',
      validation: requiredText('Type the name patients know this portal by.'),
    }),
    defineField({
      name: 'useThisIf',
      title: 'Use this one if…',
      type: 'internationalizedArrayText',
      description:
        'Finish the sentence "Use this one if…", for example "your child stayed in the hospital or saw a Riverbend doctor."',
      validation: plainTranslation('Finish the sentence "Use this one if…" for this portal.'),
    }),
    defineField({
      name: 'vendor',
      title: 'Its portal vendor',
      type: 'reference',
      to: [{ type: 'portalVendor' }],
      description:
        'The company that runs this portal, with its web domains. Add it under "Portal vendors" first: each portal has its own.',
      validation: required('Choose the vendor that runs this portal.'),
    }),
    defineField({
      name: 'signInUrl',
      title: 'Its sign-in address',
      type: 'string',
      description:
        'The sign-in page of this portal (starts with https://), on its vendor’s website.',
      validation: (rule) => [
        rule
          .required()
          .error('Paste this portal’s sign-in address, for example https://mychart.hospital.org.'),
        rule.custom(portalLinkValidator('sign-in address', OWN_VENDOR)),
      ],
    }),
  ],
  preview: {
    select: { title: 'name', useThisIf: 'useThisIf' },
    prepare: ({ title, useThisIf }) => ({ title, subtitle: englishText(useThisIf) }),
  },
})
