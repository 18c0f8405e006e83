import { defineLocaleResourceBundle } from 'sanity'

/**
 * Sanity's own validation messages that our fields can show, reworded for office managers. Sanity
 * adds this rule to every reference itself (it must point to a published document), and a
 * field's own message does not replace it.
 */
export const validationMessages = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'validation',
  resources: {
    // Only the portal vendor and the "Whom to call" contacts are references here.
    'object.reference-not-published':
      'What you chose here has not been published yet, so the website cannot use it. Open it under Portal vendors or Support contacts and click Publish.',
  },
})
