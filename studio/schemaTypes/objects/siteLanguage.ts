import { checkLanguageTag } from '@doorway/languages'
import { languageTitle } from '@doorway/content/translations'
import { defineField, defineType } from 'sanity'
import { languageField } from '../../validation/fields'
import { siteLanguageValidator } from '../../validation/rules'

/** A language of the website besides English: translated in the Studio, published once on. */
export const siteLanguage = defineType({
  name: 'siteLanguage',
  title: 'Language',
  type: 'object',
  fields: [
    languageField(
      'The language’s code (BCP 47), for example es for Spanish, vi for Vietnamese or zh-Hant for Chinese in traditional characters.',
      siteLanguageValidator,
    ),
    defineField({
      name: 'live',
      title: 'On the website',
      type: 'boolean',
      description:
        'Off while you translate: the texts are kept here, and the website is not in this language yet. Turn it on when the Translations page shows nothing missing; the website is not published while a language that is on lacks a text.',
      initialValue: false,
    }),
  ],
  preview: {
    select: { language: 'language', live: 'live' },
    prepare: ({ language, live }: { language?: string; live?: boolean }) => {
      const tag = checkLanguageTag(language)
      return {
        title: tag.ok ? languageTitle(tag.value) : (language ?? ''),
        subtitle: live === true ? 'On the website' : 'Being translated: not on the website yet',
      }
    },
  },
})
