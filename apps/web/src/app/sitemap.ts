import { locationPath } from '@doorway/content'
import { PORTAL_HELP_PATH } from '@doorway/content/site'
import type { MetadataRoute } from 'next'
import { webEnv } from '@/lib/env'
import { ACCESSIBILITY_PATH, LANGUAGE_ASSISTANCE_PATH } from '@/lib/page-meta'
import { getPublishedSite } from '@/lib/site'

// Re-rendered at most five minutes after a visit finds it stale, and by the webhook (by path).
export const revalidate = 300

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = webEnv()
  const { locations } = await getPublishedSite()
  return [
    { url: `${siteUrl}/`, changeFrequency: 'monthly', priority: 1 },
    { url: `${siteUrl}/portal`, changeFrequency: 'monthly', priority: 0.9 },
    { url: `${siteUrl}${PORTAL_HELP_PATH}`, changeFrequency: 'monthly', priority: 0.8 },
    { url: `${siteUrl}${LANGUAGE_ASSISTANCE_PATH}`, changeFrequency: 'yearly', priority: 0.5 },
    { url: `${siteUrl}${ACCESSIBILITY_PATH}`, changeFrequency: 'yearly', priority: 0.3 },
    ...locations.map((location) => ({
      url: `${siteUrl}${locationPath(location.slug)}`,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
  ]
}
