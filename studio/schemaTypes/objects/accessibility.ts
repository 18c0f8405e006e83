import { accessibilityReviewWarning } from '@doorway/content/rules'
import { defineField, defineType } from 'sanity'
import { emailValidator, phoneValidator } from '../../validation/rules'

/**
 * The accessibility statement (`/accessibility`): whom patients tell about a barrier on the
 * website, and when it was last checked. The standard it meets (WCAG 2.1 AA) is the site's.
 */
export const accessibility = defineType({
  name: 'accessibility',
  title: 'Accessibility statement',
  type: 'object',
  description:
    'The page every page’s footer links to: that this website works with screen readers, keyboards and zoom (WCAG 2.1 level AA), and whom to tell when something does not work.',
  fields: [
    defineField({
      name: 'contactName',
      title: 'Accessibility contact (optional)',
      type: 'internationalizedArrayString',
      description:
        'The person or role who fixes problems with the website, for example "Office manager". Leave the three contact fields empty to send patients to your main phone number.',
    }),
    defineField({
      name: 'contactPhone',
      title: 'Contact’s phone (optional)',
      type: 'string',
      validation: (rule) => rule.custom(phoneValidator),
    }),
    defineField({
      name: 'contactEmail',
      title: 'Contact’s email (optional)',
      type: 'string',
      validation: (rule) => rule.custom(emailValidator),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last checked on (optional)',
      type: 'date',
      description:
        'The day someone last checked the website for accessibility. Check it once a year: you will see a warning when this date is more than a year old.',
      validation: (rule) => [
        // A date field never stores blank text, but an import could; the website build refuses it.
        rule.custom((value) =>
          typeof value === 'string' && value.trim() === ''
            ? 'Choose the date the website was last checked for accessibility, or leave it empty.'
            : true,
        ),
        rule.custom((value) => accessibilityReviewWarning(value, new Date()) ?? true).warning(),
      ],
    }),
  ],
})
