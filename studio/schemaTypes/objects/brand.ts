import { LOGO_ACCEPT, LOGO_ALT_MISSING } from '@doorway/content/brand'
import { defineField, defineType } from 'sanity'
import { isBlankText } from '../../validation/fields'
import { brandColorValidator, logoAssetValidator } from '../../validation/rules'

/**
 * The clinic's look: its logo (with a description for people who cannot see it) and one or two
 * colours. A colour must be dark enough for white text on it and for text in it on white (WCAG
 * AA, 4.5 to 1); the Studio says which nearby shade is, and the website build checks the same.
 */
export const brand = defineType({
  name: 'brand',
  title: 'Logo and colors',
  type: 'object',
  description:
    'Your logo and colors on every page. Leave them empty for the website’s own calm green look.',
  fields: [
    defineField({
      name: 'logo',
      title: 'Logo (optional)',
      type: 'image',
      description:
        'Shown at the top of every page instead of the clinic’s name, so use the version of your logo that includes the name. SVG is best (it stays sharp at every size); PNG, JPEG and WebP work too.',
      options: { accept: LOGO_ACCEPT },
      fields: [
        defineField({
          name: 'alt',
          title: 'What the logo says (alt text)',
          type: 'string',
          description:
            'Read aloud to people who cannot see the logo: usually your clinic’s name, for example "Maple Grove Pediatrics".',
          validation: (rule) => [
            rule.required().error(LOGO_ALT_MISSING),
            rule.custom((value) => (isBlankText(value) ? LOGO_ALT_MISSING : true)),
          ],
        }),
      ],
      validation: (rule) => rule.custom(logoAssetValidator),
    }),
    defineField({
      name: 'mainColor',
      title: 'Main color (optional)',
      type: 'string',
      description:
        'A hex code such as #0b5a4a (your logo designer or brand guide has it). Used for the band at the top of every page, the Sign in buttons and borders, always with white text on it. It must be dark enough to read; if it is not, this says which nearby shade is.',
      validation: (rule) => rule.custom(brandColorValidator('main color')),
    }),
    defineField({
      name: 'secondColor',
      title: 'Second color (optional)',
      type: 'string',
      description:
        'A hex code such as #1f5132, used for headings on white. Leave it empty for dark grey headings.',
      validation: (rule) => rule.custom(brandColorValidator('second color')),
    }),
  ],
})
