import { languageTitle } from '@doorway/content/translations'
import { checkLanguageTag, KNOWN_LANGUAGES } from '@doorway/languages'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { languageField } from '../../validation/fields'
import {
  emailValidator,
  languageTagValidator,
  languagesOnceValidator,
  phoneValidator,
  taglineValidator,
} from '../../validation/rules'

/** One language on the language-assistance page. */
export const tagline = defineType({
  name: 'tagline',
  title: 'Language',
  type: 'object',
  fields: [
    languageField(
      `The language's code (BCP 47). Ready-made taglines exist for ${KNOWN_LANGUAGES.map(
        ({ tag, englishName }) => `${tag} (${englishName})`,
      ).join(
        ', ',
      )}. For any other language, type its code (for example sw for Swahili) and write the tagline yourself.`,
      languageTagValidator,
    ),
    defineField({
      name: 'text',
      title: 'Tagline (optional)',
      type: 'text',
      rows: 3,
      description:
        'Leave empty to use the ready-made tagline for this language. To write your own, say in that language that free language help is available, and put {phone} where your main phone number goes.',
      validation: (rule) => rule.custom(taglineValidator),
    }),
  ],
  preview: {
    select: { language: 'language', text: 'text' },
    prepare: ({ language, text }: { language?: string; text?: string }) => {
      const tag = checkLanguageTag(language)
      return {
        title: tag.ok ? languageTitle(tag.value) : (language ?? ''),
        subtitle: text ?? 'Ready-made tagline',
      }
    },
  },
})

/**
 * The Section 1557 notices (45 CFR 92.10, 92.11): who coordinates them and which languages the
 * language-assistance page lists.
 */
export const languageAssistance = defineType({
  name: 'languageAssistance',
  title: 'Language help and nondiscrimination (Section 1557)',
  type: 'object',
  description:
    'The page every page’s footer links to: that you do not discriminate, that language help is free, and how to ask for it.',
  fields: [
    defineField({
      name: 'coordinatorName',
      title: 'Section 1557 coordinator (optional)',
      type: 'internationalizedArrayString',
      description:
        'The person or role who handles complaints about discrimination. Clinics with 15 or more staff must name one, for example "Office manager".',
    }),
    defineField({
      name: 'coordinatorPhone',
      title: 'Coordinator’s phone (optional)',
      type: 'string',
      validation: (rule) => rule.custom(phoneValidator),
    }),
    defineField({
      name: 'coordinatorEmail',
      title: 'Coordinator’s email (optional)',
      type: 'string',
      validation: (rule) => rule.custom(emailValidator),
    }),
    defineField({
      name: 'taglines',
      title: 'Languages',
      type: 'array',
      of: [defineArrayMember({ type: 'tagline' })],
      description:
        'At least the 15 languages most spoken by people with limited English in your state. HHS lists them per state at hhs.gov (search "Section 1557 top 15 languages by state").',
      validation: (rule) => rule.custom(languagesOnceValidator),
    }),
  ],
})
