import type { Metadata } from 'next'
import { PortalPageBody } from '@/components/portal/PortalPageBody'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { pageMeta, toMetadata } from '@/lib/page-meta'

// The Draft Mode twin of /portal (pages/portal.tsx); see app/preview/page.tsx.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await draftSite('/portal')
  return toMetadata(
    pageMeta({ page: 'portal' }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function PortalDraft() {
  const site = await draftSite('/portal')
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  return <PortalPageBody content={site.content} now={new Date()} />
}
