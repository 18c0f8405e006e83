import { HANDOUT_LINKS, HANDOUT_LINK_TITLES, HANDOUT_NOTE_MAX_LENGTH } from '@doorway/content/model'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import { portalLinkValidator } from '../../validation/portalLink'
import { handoutLinkValidator, handoutNoteValidator } from '../../validation/rules'
import { eachLanguage, plainEnglish, plainTranslation } from '../../validation/translated'

export const portalSettings = defineType({
  name: 'portalSettings',
  title: 'Patient portal',
  type: 'object',
  description: 'What the portal is, where patients sign in, and whom to call when it misbehaves.',
  groups: [
    { name: 'portal', title: 'Portal', default: true },
    { name: 'signIn', title: 'Sign-in and sign-up' },
    { name: 'help', title: 'Help' },
    { name: 'questions', title: 'Portal questions' },
    { name: 'handout', title: 'Printed sign-up sheet' },
  ],
  fields: [
    defineField({
      name: 'outageNotice',
      // First on the portal's first tab, where the Studio's "Portal outage notice" entry lands,
      // and under Help too.
      group: ['portal', 'help'],
      title: 'Outage notice (optional)',
      type: 'outageNotice',
      description: 'A notice shown while the portal is down. Leave empty when all is well.',
    }),
    defineField({
      name: 'vendor',
      group: 'portal',
      title: 'Portal vendor',
      type: 'reference',
      to: [{ type: 'portalVendor' }],
      description:
        'The company that runs your patient portal. Its web domains decide which portal addresses are allowed.',
      validation: required(
        'Choose your portal vendor. Add it under "Portal vendors" first if it is not in the list.',
      ),
    }),
    defineField({
      name: 'displayName',
      group: 'portal',
      title: 'Portal name patients know (optional)',
      type: 'string',
      description:
        'What patients call the portal, for example "Maple Grove MyChart". Leave empty to use the product name.',
    }),
    defineField({
      name: 'explanation',
      group: 'portal',
      title: 'What the portal is',
      type: 'internationalizedArrayText',
      description:
        'One short paragraph, in a parent’s words: what the portal is and what it is for.',
      validation: plainTranslation(
        'Explain in one short paragraph what the portal is and what patients use it for.',
      ),
    }),
    defineField({
      name: 'features',
      group: 'portal',
      title: 'What patients can do in the portal',
      type: 'array',
      of: [defineArrayMember({ type: 'portalFeature' })],
      description: 'A short list, one thing per line, for example "Ask for a prescription refill".',
      validation: (rule) => [
        rule.required().error('List what patients can do in the portal.'),
        rule.min(1).error('List at least one thing patients can do in the portal.'),
      ],
    }),
    defineField({
      name: 'signInUrl',
      group: 'signIn',
      title: 'Sign-in address',
      type: 'string',
      description:
        'The portal’s sign-in page, exactly as your portal vendor gave it to you (starts with https://).',
      validation: (rule) => [
        rule
          .required()
          .error(
            'Paste the sign-in address your portal vendor gave you, for example https://mychart.yourclinic.org.',
          ),
        rule.custom(portalLinkValidator('sign-in address')),
      ],
    }),
    defineField({
      name: 'signUpUrl',
      group: 'signIn',
      title: 'First-time sign-up address (optional)',
      type: 'string',
      description:
        'The page where new patients create an account, if your vendor has a separate one.',
      validation: (rule) => rule.custom(portalLinkValidator('sign-up address')),
    }),
    defineField({
      name: 'signUpInstructions',
      group: 'signIn',
      title: 'How to sign up for the first time',
      type: 'internationalizedArrayText',
      description: 'What a new patient needs (for example an activation code) and how to get it.',
      validation: plainTranslation(
        'Explain how a new patient signs up, for example where they get an activation code.',
      ),
    }),
    defineField({
      name: 'familyAccess',
      group: 'signIn',
      title: 'Family access (parents and guardians)',
      type: 'familyAccess',
      description: 'How parents see their child’s record, and what changes as the child grows up.',
      validation: required('Fill in how parents get access to their child’s record.'),
    }),
    defineField({
      name: 'appLinks',
      group: 'signIn',
      title: 'Portal phone apps (optional)',
      type: 'array',
      of: [defineArrayMember({ type: 'appLink' })],
      description: 'Links to the portal’s app in the App Store and Google Play.',
    }),
    defineField({
      name: 'helpLinks',
      group: 'help',
      title: 'Portal help pages (optional)',
      type: 'array',
      of: [defineArrayMember({ type: 'helpLink' })],
      description: 'Help pages on the portal vendor’s website, such as password reset.',
    }),
    defineField({
      name: 'triage',
      group: 'help',
      title: '"Having trouble?" list',
      type: 'array',
      of: [defineArrayMember({ type: 'triageItem' })],
      description:
        'Common portal problems, what to do, and whom to call. The front desk first for most things.',
      validation: (rule) => [
        rule.required().error('Add at least one problem to the "Having trouble?" list.'),
        rule.min(1).error('Add at least one problem to the "Having trouble?" list.'),
      ],
    }),
    defineField({
      name: 'useThisIf',
      group: 'questions',
      title: 'Use this portal if… (only with other portals)',
      type: 'internationalizedArrayText',
      description:
        'When some patients use another portal too (listed below): finish the sentence "Use this one if…" for yours, for example "your child sees a doctor at one of our clinics." Yours comes first, as the one most families use.',
      validation: plainEnglish,
    }),
    defineField({
      name: 'otherPortals',
      group: 'questions',
      title: 'Other portals your patients may use (optional)',
      type: 'array',
      of: [defineArrayMember({ type: 'otherPortal' })],
      description:
        'For example the MyChart of the hospital your doctors work with. The portal page then says which portal to use when, right under Sign in.',
    }),
    defineField({
      name: 'helpTopics',
      group: 'questions',
      title: 'Portal questions',
      type: 'helpTopics',
      description:
        'Answers to what parents ask the front desk: messages, test results, passwords, bills, records, and what they need. Shown on the "Portal questions" page, linked from the portal page.',
    }),
    defineField({
      name: 'handoutQrLink',
      group: 'handout',
      title: 'Where the QR code goes (optional)',
      type: 'string',
      description:
        'The front desk prints a one-page "How to sign up" sheet from the website (Patient portal page, "Print the sign-up sheet"). Its QR code, and the address printed under it, go to the address you choose here. Leave it empty to use the sign-up address if you have one, or else the sign-in address.',
      options: {
        list: HANDOUT_LINKS.map((link) => ({ title: HANDOUT_LINK_TITLES[link], value: link })),
        layout: 'radio',
      },
      validation: (rule) => rule.custom(handoutLinkValidator),
    }),
    defineField({
      name: 'handoutNote',
      group: 'handout',
      title: 'Your note on the sheet (optional)',
      type: 'internationalizedArrayString',
      description: `One short line printed near the top of the sheet, for example "Ask us for your activation code before you leave today." Up to ${HANDOUT_NOTE_MAX_LENGTH} characters.`,
      validation: (rule) => rule.custom(eachLanguage(handoutNoteValidator)),
    }),
  ],
})
