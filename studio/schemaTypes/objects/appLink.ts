import { APP_STORES } from '@doorway/content/model'
import { defineField, defineType } from 'sanity'
import { required } from '../../validation/fields'
import { appStoreUrlValidator } from '../../validation/rules'

const STORE_TITLES: Record<(typeof APP_STORES)[number], string> = {
  apple: 'App Store (iPhone and iPad)',
  google: 'Google Play (Android)',
}

export const appLink = defineType({
  name: 'appLink',
  title: 'Portal app',
  type: 'object',
  description: 'Where patients download the portal’s phone app.',
  fields: [
    defineField({
      name: 'store',
      title: 'App store',
      type: 'string',
      description: 'Which app store this link is for.',
      options: {
        list: APP_STORES.map((store) => ({ title: STORE_TITLES[store], value: store })),
        layout: 'radio',
      },
      validation: required('Choose the App Store or Google Play.'),
    }),
    defineField({
      name: 'url',
      title: 'App store address',
      type: 'string',
      description:
        'The app’s page in that store, for example https://apps.apple.com/us/app/mychart/id382952264.',
      validation: (rule) => [
        rule.required().error('Paste the address of the app’s page in the app store.'),
        rule.custom(appStoreUrlValidator),
      ],
    }),
  ],
  preview: {
    select: { store: 'store', url: 'url' },
    prepare({ store, url }) {
      const title =
        typeof store === 'string' && store in STORE_TITLES
          ? STORE_TITLES[store as keyof typeof STORE_TITLES]
          : 'Store not chosen'
      return { title, subtitle: typeof url === 'string' ? url : undefined }
    },
  },
})
