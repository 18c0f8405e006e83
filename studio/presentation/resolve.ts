import { locationPath, PORTAL_HELP_PATH } from '@doorway/content/site'
import {
  defineDocuments,
  defineLocations,
  type PresentationPluginOptions,
} from 'sanity/presentation'
import { englishText } from '../validation/translated'

/** The portal questions page: the clinic's topics, the vendors' links and the contacts show there. */
const PORTAL_QUESTIONS = { title: 'Portal questions page', href: PORTAL_HELP_PATH }

/** Where each document shows on the website, so the Presentation tool can open the right pages. */
export const locations = {
  clinic: defineLocations({
    select: { name: 'name' },
    resolve: (doc) => ({
      locations: [
        { title: doc?.name ? `${String(doc.name)}: home page` : 'Home page', href: '/' },
        { title: 'Patient portal page', href: '/portal' },
        PORTAL_QUESTIONS,
      ],
    }),
  }),
  location: defineLocations({
    select: { name: 'name', slug: 'slug.current' },
    resolve: (doc) =>
      typeof doc?.slug === 'string' && doc.slug !== ''
        ? {
            locations: [
              {
                title: englishText(doc.name) ?? 'Location page',
                href: locationPath(doc.slug),
              },
              { title: 'Home page', href: '/' },
            ],
          }
        : {
            message: 'Generate the web address name (slug) to preview this location’s page.',
            tone: 'caution',
          },
  }),
  portalVendor: defineLocations({
    select: { name: 'productName' },
    resolve: () => ({
      locations: [{ title: 'Patient portal page', href: '/portal' }, PORTAL_QUESTIONS],
    }),
  }),
  supportContact: defineLocations({
    select: { name: 'name' },
    resolve: () => ({
      locations: [{ title: 'Patient portal page', href: '/portal' }, PORTAL_QUESTIONS],
    }),
  }),
} satisfies NonNullable<NonNullable<PresentationPluginOptions['resolve']>['locations']>

/** Which document each page is mainly about, so opening a page in Presentation opens its document. */
export const mainDocuments = defineDocuments([
  { route: '/', filter: `_type == "clinic"` },
  { route: '/portal', filter: `_type == "clinic"` },
  { route: PORTAL_HELP_PATH, filter: `_type == "clinic"` },
  { route: '/locations/:slug', filter: `_type == "location" && slug.current == $slug` },
])

/** The Presentation tool's `resolve` option. */
export const resolve: PresentationPluginOptions['resolve'] = { locations, mainDocuments }
