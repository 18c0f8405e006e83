import type { Metadata } from 'next'
import { HomePageBody } from '@/components/HomePageBody'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { pageMeta, toMetadata } from '@/lib/page-meta'

// The Draft Mode twin of / (pages/index.tsx): next.config.ts rewrites / here when the Draft Mode
// cookie is present. Always rendered on request: drafts never go into the build output.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await draftSite('/')
  return toMetadata(
    pageMeta({ page: 'home' }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function HomeDraft() {
  const site = await draftSite('/')
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  return <HomePageBody content={site.content} now={new Date()} siteUrl={webEnv().siteUrl} />
}
