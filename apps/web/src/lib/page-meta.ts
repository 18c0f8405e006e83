import { locationPath, PORTAL_HELP_PATH, type SiteContent } from '@doorway/content/site'
import { DEFAULT_LANGUAGE } from '@doorway/languages'
import type { Metadata } from 'next'
import { messagesFor } from '../messages'

/**
 * The head of every page, written once: the Pages Router's published pages render it with
 * `next/head` (`components/PageHead.tsx`), the App Router's Draft Mode twins turn it into their
 * `Metadata` (`toMetadata`). Data only, so published pages can import it.
 */

/** The pages a visitor can open, each with the head it gets. */
export type PageKey =
  | { page: 'home' }
  | { page: 'portal' }
  | { page: 'handout' }
  | { page: 'portal-help' }
  | { page: 'language-assistance' }
  | { page: 'accessibility' }
  | { page: 'location'; slug: string }
  | { page: 'not-found' }

/** Every page but the 404: the pages with a path of their own (and a Draft Mode twin). */
export type PageRoute = Exclude<PageKey, { page: 'not-found' }>

/** What a page's body may take, published or in Draft Mode. */
export interface PageBodyProps {
  content: SiteContent
  /** The render time, for the outage notice and today's hours. */
  now: Date
  /** The site's origin, for canonical URLs and JSON-LD ids. */
  siteUrl: string
}

export interface PageMeta {
  /** The full `<title>`. */
  title: string
  description: string | null
  /** A site-relative path; null for the 404. */
  canonical: string | null
  /** Draft previews must never be indexed. */
  noindex: boolean
  /** The same page in every live language, the main one first; empty for the 404. */
  alternates: Alternate[]
}

/** The same page in another language: the language's tag and the page's path in it. */
export interface Alternate {
  lang: string
  path: string
}

/** The Section 1557 notices' page, which every page's footer links to. */
export const LANGUAGE_ASSISTANCE_PATH = '/language-assistance'

/** The accessibility statement's page, which every page's footer links to. */
export const ACCESSIBILITY_PATH = '/accessibility'

/**
 * The printable "How to sign up" sheet for the front desk, linked from the portal page. It
 * repeats the portal page, so it is `noindex` and left out of the sitemap.
 */
export const HANDOUT_PATH = '/portal/handout'

/** `<meta name="viewport">`, `theme-color` (the clinic's main colour, when it has one) and the icon. */
export const VIEWPORT = 'width=device-width, initial-scale=1'
export const THEME_COLOR = '#0b5a4a'
export const ICON = { href: '/icon.svg', type: 'image/svg+xml' } as const

/**
 * The address prefix of a language's pages: its tag lower-cased (`/es`, `/zh-hant`); none for the
 * main language, whose pages keep the site's root addresses.
 */
export function languagePrefix(lang: string): string {
  return lang === DEFAULT_LANGUAGE ? '' : `/${lang.toLowerCase()}`
}

/**
 * The site-relative path of `key`'s page in `lang` (English by default): the one path builder,
 * every other list of paths derives from it.
 */
export function pagePath(key: PageRoute, lang: string = DEFAULT_LANGUAGE): string {
  const path = mainPath(key)
  const prefix = languagePrefix(lang)
  if (prefix === '') return path
  return path === '/' ? prefix : `${prefix}${path}`
}

function mainPath(key: PageRoute): string {
  switch (key.page) {
    case 'home':
      return '/'
    case 'portal':
      return '/portal'
    case 'portal-help':
      return PORTAL_HELP_PATH
    case 'handout':
      return HANDOUT_PATH
    case 'language-assistance':
      return LANGUAGE_ASSISTANCE_PATH
    case 'accessibility':
      return ACCESSIBILITY_PATH
    case 'location':
      return locationPath(key.slug)
  }
}

/** Every page at a fixed path (the location pages aside), in the order the site lists them. */
export const FIXED_PAGES = (
  ['home', 'portal', 'portal-help', 'handout', 'language-assistance', 'accessibility'] as const
).map((page) => ({ page }))

/**
 * The fixed pages' paths in `lang` (English by default): the one list the Draft Mode rewrites,
 * the webhook's re-renders and the sitemap derive theirs from.
 */
export function fixedPagePaths(lang: string = DEFAULT_LANGUAGE): string[] {
  return FIXED_PAGES.map((key) => pagePath(key, lang))
}

/** `key`'s page in each of `languages` (the site's live languages, the main one first). */
export function pageAlternates(key: PageRoute, languages: readonly string[]): Alternate[] {
  return languages.map((lang) => ({ lang, path: pagePath(key, lang) }))
}

/**
 * The `hreflang` links of a page's head: one per live language and `x-default` (the main
 * language's page, for a reader whose language the site does not have). None with one language.
 */
export function hreflangLinks(
  alternates: readonly Alternate[],
): { hreflang: string; path: string }[] {
  const main = alternates.find((a) => a.lang === DEFAULT_LANGUAGE)
  if (alternates.length < 2 || main === undefined) return []
  return [
    ...alternates.map(({ lang, path }) => ({ hreflang: lang, path })),
    { hreflang: 'x-default', path: main.path },
  ]
}

/**
 * The page at `path` in one of `languages` (live, the main one first), or null: the inverse of
 * `pagePath`, derived from it. A location's slug is not checked against the content here.
 */
export function pageAt(
  path: string,
  languages: readonly string[],
): { key: PageRoute; lang: string } | null {
  const slug = path.split('/').at(-1) ?? ''
  const candidates: PageRoute[] = [...FIXED_PAGES, { page: 'location', slug }]
  for (const lang of languages) {
    for (const key of candidates) {
      if (slug === '' && key.page === 'location') continue
      if (pagePath(key, lang) === path) return { key, lang }
    }
  }
  return null
}

/** The head of `key`'s page for `content` (an edition: null, a draft with problems), in its language. */
export function pageMeta(key: PageKey, content: SiteContent | null, draft: boolean): PageMeta {
  const meta = pageHead(key, content, draft)
  if (content === null || key.page === 'not-found' || meta.canonical === null) {
    return { ...meta, alternates: [] }
  }
  return {
    ...meta,
    canonical: pagePath(key, content.language),
    alternates: pageAlternates(key, content.languages),
  }
}

/** The words of `key`'s page head, with its English path. */
function pageHead(
  key: PageKey,
  content: SiteContent | null,
  draft: boolean,
): Omit<PageMeta, 'alternates'> {
  // A draft with problems has no content: the main edition's words.
  const t = messagesFor(content?.language ?? DEFAULT_LANGUAGE).meta
  const name = content?.clinic.name ?? t.clinicPreview
  const titled = (title: string) => t.titled(title, name)
  const base = { noindex: draft }
  if (content === null) return { ...base, title: name, description: null, canonical: null }
  const { portal } = content
  switch (key.page) {
    case 'home':
      return {
        ...base,
        title: name,
        description: t.homeDescription(name, portal.name),
        canonical: pagePath(key),
      }
    case 'portal':
      return {
        ...base,
        title: titled(t.portalTitle(portal.name)),
        description: t.portalDescription(portal.name),
        canonical: pagePath(key),
      }
    case 'handout':
      return {
        ...base,
        title: titled(t.handoutTitle(portal.name)),
        description: t.handoutDescription(portal.name),
        canonical: pagePath(key),
        noindex: true,
      }
    case 'portal-help':
      return {
        ...base,
        title: titled(messagesFor(content.language).help.heading),
        description: t.helpDescription(portal.name),
        canonical: pagePath(key),
      }
    case 'language-assistance':
      return {
        ...base,
        title: titled(t.languageAssistanceTitle),
        description: t.languageAssistanceDescription(
          name,
          content.clinic.languageAssistance.taglines.length + 1,
        ),
        canonical: pagePath(key),
      }
    case 'accessibility':
      return {
        ...base,
        title: titled(messagesFor(content.language).accessibility.heading),
        description: t.accessibilityDescription(name),
        canonical: pagePath(key),
      }
    case 'location': {
      const location = content.locations.find((l) => l.slug === key.slug)
      if (location === undefined) return pageMeta({ page: 'not-found' }, content, draft)
      return {
        ...base,
        title: titled(location.name),
        description: t.locationDescription(location.name),
        canonical: pagePath(key),
      }
    }
    case 'not-found':
      return { ...base, title: titled(t.notFoundTitle), description: null, canonical: null }
  }
}

/** The same head as App Router `Metadata` (the viewport, theme colour and icon come from the root layout). */
export function toMetadata(meta: PageMeta, siteUrl: string): Metadata {
  return {
    metadataBase: new URL(siteUrl),
    title: meta.title,
    description: meta.description ?? undefined,
    alternates:
      meta.canonical === null
        ? undefined
        : {
            canonical: meta.canonical,
            languages: Object.fromEntries(
              hreflangLinks(meta.alternates).map(({ hreflang, path }) => [hreflang, path]),
            ),
          },
    robots: meta.noindex ? { index: false, follow: false } : undefined,
  }
}
