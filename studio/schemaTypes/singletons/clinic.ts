import { MEDICAL_SPECIALTIES, MEDICAL_SPECIALTY_TITLES } from '@doorway/content/model'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { required, requiredText } from '../../validation/fields'
import {
  languagesOnceValidator,
  phoneValidator,
  websiteHostValidator,
} from '../../validation/rules'
import { inEnglish, plainTranslation } from '../../validation/translated'

/** The one clinic document's id; the structure pins it and forbids a second one. */
export const CLINIC_DOCUMENT_ID = 'clinic'

/** Default portal explanation for a new clinic, written for parents. */
export const DEFAULT_PORTAL_EXPLANATION =
  'Our patient portal is a secure website and app, run by our portal company for our clinic. ' +
  'Sign in to send a message to your child’s doctor, see test results and visit notes, and ask for refills. ' +
  'Our website is only the door: you sign in on the portal’s own site.'

/** Default list of what patients can do in the portal, written for parents. */
export const DEFAULT_PORTAL_FEATURES = [
  'Send a message to your doctor or nurse',
  'See test results and visit notes',
  'Ask for a prescription refill',
  'See and change upcoming visits',
  'Print shot records for school and camp',
]

export const clinic = defineType({
  name: 'clinic',
  title: 'Clinic',
  type: 'document',
  description: 'The facts about your clinic and its patient portal. There is only one.',
  groups: [
    { name: 'clinic', title: 'Clinic', default: true },
    { name: 'phone', title: 'Phone and safety' },
    { name: 'portal', title: 'Portal' },
    { name: 'look', title: 'Logo and colors' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Clinic name',
      type: 'string',
      group: 'clinic',
      description: 'The name patients know you by, for example "Maple Grove Pediatrics".',
      validation: requiredText('Type the clinic’s name as patients know it.'),
    }),
    defineField({
      name: 'medicalSpecialty',
      title: 'Medical specialty',
      type: 'string',
      group: 'clinic',
      description:
        'The main kind of care you give, for example "Children’s care (Pediatric)", or "Primary care (family doctors)" for a family practice. (For developers: the schema.org medicalSpecialty that search engines read.)',
      options: {
        list: MEDICAL_SPECIALTIES.map((value) => ({
          title: MEDICAL_SPECIALTY_TITLES[value],
          value,
        })).sort((a, b) => a.title.localeCompare(b.title)),
      },
      validation: required(
        'Choose your medical specialty, for example Children’s care (Pediatric).',
      ),
    }),
    defineField({
      name: 'websiteHosts',
      title: 'Your website addresses',
      type: 'array',
      group: 'clinic',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => [
            rule.required().error('Type a website address, or remove this empty line.'),
            rule.custom(websiteHostValidator),
          ],
        }),
      ],
      description:
        'The names of your own website, without https://, for example maplegrovepediatrics.org and www.maplegrovepediatrics.org. Portal links may never point here.',
      validation: (rule) => [
        rule.required().error('List your website address, for example maplegrovepediatrics.org.'),
        rule.min(1).error('List your website address, for example maplegrovepediatrics.org.'),
      ],
    }),
    defineField({
      name: 'mainPhone',
      title: 'Main phone number',
      type: 'string',
      group: 'phone',
      description: 'The number patients call for everything, for example (217) 555-0100.',
      validation: (rule) => [
        rule.required().error('Type the clinic’s main phone number, for example (217) 555-0100.'),
        rule.custom(phoneValidator),
      ],
    }),
    defineField({
      name: 'emergencyMessage',
      title: 'Emergency message',
      type: 'internationalizedArrayText',
      group: 'phone',
      description:
        'Shown on every portal page, for example "If this is an emergency, call 911 now."',
      initialValue: inEnglish(
        'If this is an emergency, call 911 now. Do not use the portal for emergencies.',
        'Text',
      ),
      validation: plainTranslation(
        'Type the emergency message, for example "If this is an emergency, call 911 now."',
      ),
    }),
    defineField({
      name: 'adviceLine',
      title: 'Nurse or after-hours advice line (optional)',
      type: 'reference',
      to: [{ type: 'supportContact' }],
      group: 'phone',
      description:
        'The support contact parents call for medical advice when they cannot wait, for example a 24-hour nurse line. The portal page shows it right under 911, before everything that can wait.',
    }),
    defineField({
      name: 'languageHelp',
      title: 'Free language help notice (optional)',
      type: 'internationalizedArrayText',
      group: 'phone',
      description:
        'Tells patients that free language help is available and how to ask for it, in several languages.',
    }),
    defineField({
      name: 'siteLanguages',
      title: 'Site languages',
      type: 'array',
      group: 'clinic',
      of: [defineArrayMember({ type: 'siteLanguage' })],
      description:
        'The languages your website is in besides English. Adding one gives every text a box for it; the Translations page lists what is still missing. Turn a language on ("On the website") only when everything is translated: until then the website stays in the other languages.',
      validation: (rule) => rule.custom(languagesOnceValidator),
    }),
    defineField({
      name: 'languageAssistance',
      title: 'Language help and nondiscrimination (Section 1557)',
      type: 'languageAssistance',
      group: 'phone',
      description:
        'Shown on the "Language help" page that every page links to. Your main phone number is the one patients are told to call.',
    }),
    defineField({
      name: 'accessibility',
      title: 'Accessibility statement',
      type: 'accessibility',
      group: 'phone',
      description:
        'Shown on the "Accessibility" page that every page links to: whom patients tell when the website does not work for them.',
    }),
    defineField({
      name: 'brand',
      title: 'Logo and colors',
      type: 'brand',
      group: 'look',
    }),
    defineField({
      name: 'portal',
      title: 'Patient portal',
      type: 'portalSettings',
      group: 'portal',
      description:
        'What the portal is, where patients sign in, and whom to call when it misbehaves.',
      validation: required('Fill in the patient portal settings.'),
    }),
  ],
  initialValue: {
    portal: {
      _type: 'portalSettings',
      explanation: inEnglish(DEFAULT_PORTAL_EXPLANATION, 'Text'),
      features: DEFAULT_PORTAL_FEATURES.map((text, i) => ({
        _key: `feature-${i + 1}`,
        _type: 'portalFeature',
        text: inEnglish(text, 'String'),
      })),
    },
  },
  preview: {
    select: { title: 'name', subtitle: 'websiteHosts.0' },
  },
})
