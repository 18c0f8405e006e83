import { defineArrayMember, defineField, defineType } from 'sanity'
import { requiredText } from '../../validation/fields'
import { vendorDomainValidator } from '../../validation/portalLink'

export const portalVendor = defineType({
  name: 'portalVendor',
  title: 'Portal vendor',
  type: 'document',
  description:
    'The company that runs your patient portal, and the web domains where the portal lives.',
  fields: [
    defineField({
      name: 'name',
      title: 'Company name',
      type: 'string',
      description: 'The portal company, for example Epic or athenahealth.',
      validation: requiredText(
        'Type the name of the company that runs your portal, for example Epic.',
      ),
    }),
    defineField({
      name: 'productName',
      title: 'Portal product name',
      type: 'string',
      description: 'What the portal product is called, for example MyChart.',
      validation: requiredText('Type the name of the portal product, for example MyChart.'),
    }),
    defineField({
      name: 'portalDomains',
      title: 'Portal web addresses',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => rule.custom(vendorDomainValidator),
        }),
      ],
      description:
        'Where the portal lives: the start of its address, without https://, for example mychart.yourclinic.org. Every portal link must be on one of these. (For developers: the portal’s web domains.)',
      validation: (rule) => [
        rule
          .required()
          .error(
            'List the web address where the portal lives, for example mychart.yourclinic.org.',
          ),
        rule
          .min(1)
          .error(
            'List the web address where the portal lives, for example mychart.yourclinic.org.',
          ),
      ],
    }),
  ],
  preview: {
    select: { product: 'productName', company: 'name', domain: 'portalDomains.0' },
    prepare({ product, company, domain }) {
      return {
        title:
          [product, company].filter((part) => typeof part === 'string').join(' by ') ||
          'Unnamed vendor',
        subtitle: typeof domain === 'string' ? domain : 'No portal web address yet',
      }
    },
  },
})
