import { readFileSync } from 'node:fs'

/** Every page of the sample clinic's site, and its expected status. */
export const PAGES = [
  { path: '/', status: 200 },
  { path: '/portal', status: 200 },
  { path: '/portal/help', status: 200 },
  // The printable sign-up sheet: on screen a page like the others (header, footer, no script).
  { path: '/portal/handout', status: 200 },
  { path: '/language-assistance', status: 200 },
  { path: '/accessibility', status: 200 },
  { path: '/locations/downtown', status: 200 },
  { path: '/locations/northside', status: 200 },
  { path: '/locations/riverside', status: 200 },
  { path: '/no-such-page', status: 404 },
  { path: '/locations/no-such-location', status: 404 },
] as const

/**
 * The sample clinic's live languages, English first: Spanish is live, Vietnamese (`NOT_LIVE`)
 * is being translated and must not be published.
 */
export const LIVE_LANGUAGES = ['en', 'es'] as const
export const NOT_LIVE_LANGUAGE = 'vi'

/** `path` (an English address) in `lang`: under its lower-cased tag, English at the root. */
export function inLanguage(path: string, lang: string): string {
  if (lang === 'en') return path
  return path === '/' ? `/${lang.toLowerCase()}` : `/${lang.toLowerCase()}${path}`
}

/** Every page in every live language, with its expected status and language. */
export const PAGES_IN_EVERY_LANGUAGE = LIVE_LANGUAGES.flatMap((lang) =>
  PAGES.map(({ path, status }) => ({ path: inLanguage(path, lang), status, lang })),
)

/** The published clinic's portal addresses, as the dataset stores them. */
export interface PublishedPortal {
  signInUrl: string
  signUpUrl?: string
  handoutQrLink?: 'sign-up' | 'sign-in'
}

/** The published clinic document from the dataset the site was built from. */
export function publishedClinic(): { portal: PublishedPortal } {
  const file = process.env.CONTENT_DATASET ?? require.resolve('@doorway/content/sample-dataset')
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { _id: string; _type: string })
  const clinic = docs.find((doc) => doc._type === 'clinic' && !doc._id.startsWith('drafts.'))
  if (!clinic) throw new Error(`No published clinic in ${file}`)
  return clinic as unknown as { portal: PublishedPortal }
}
