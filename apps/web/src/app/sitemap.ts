import type { MetadataRoute } from 'next'
import { webEnv } from '@/lib/env'
import { getPublishedSite } from '@/lib/site'
import { sitemapEntries } from '@/lib/sitemap'

// Re-rendered at most five minutes after a visit finds it stale, and by the webhook (by path).
export const revalidate = 300

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getPublishedSite(), webEnv().siteUrl)
}
