import type { Location } from '@doorway/content/site'
import type { ComponentType } from 'react'
import type { PageRoute } from '@/lib/page-meta'
import type { PublishedPageProps } from '@/lib/published-content'
import { AccessibilityBody } from './AccessibilityBody'
import { HandoutBody } from './HandoutBody'
import { HomePageBody } from './HomePageBody'
import { LanguageAssistanceBody } from './LanguageAssistanceBody'
import { LocationPageBody } from './LocationPageBody'
import { PortalHelpBody } from './portal/PortalHelpBody'
import { PortalPageBody } from './portal/PortalPageBody'
import { publishedPage } from './PublishedPage'

/**
 * Every published page's component, written once: its English file (`pages/portal.tsx`), its
 * language twin (`pages/[lang]/portal.tsx`) and `pages/[...path].tsx` (a page of a language or a
 * location published since the build) all draw the same one. The language is the edition's.
 */
export const PUBLISHED_PAGES = {
  home: publishedPage({ page: 'home' }, HomePageBody),
  portal: publishedPage({ page: 'portal' }, PortalPageBody),
  'portal-help': publishedPage({ page: 'portal-help' }, PortalHelpBody),
  handout: publishedPage<{ qrSvg: string }>({ page: 'handout' }, HandoutBody),
  'language-assistance': publishedPage({ page: 'language-assistance' }, LanguageAssistanceBody),
  accessibility: publishedPage({ page: 'accessibility' }, AccessibilityBody),
  location: publishedPage<{ location: Location }>(
    ({ location }) => ({ page: 'location', slug: location.slug }),
    LocationPageBody,
  ),
} satisfies Record<PageRoute['page'], unknown>

/** The component of `page`, for props made by `pagePropsFor` (which match it). */
export function publishedPageOf(page: PageRoute['page']): ComponentType<PublishedPageProps> {
  return PUBLISHED_PAGES[page] as ComponentType<PublishedPageProps>
}
