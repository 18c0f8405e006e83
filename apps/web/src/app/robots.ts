import type { MetadataRoute } from 'next'
import { webEnv } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = webEnv()
  return {
    // The draft-mode and revalidate endpoints are not pages.
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: `${siteUrl}/sitemap.xml`,
  }
}
