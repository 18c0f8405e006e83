import { PORTAL_HELP_PATH } from '@doorway/content/site'
import type { Metadata } from 'next'
import { PortalHelpBody } from '@/components/portal/PortalHelpBody'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { pageMeta, toMetadata } from '@/lib/page-meta'

// The Draft Mode twin of /portal/help (pages/portal/help.tsx); see app/preview/page.tsx.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await draftSite(PORTAL_HELP_PATH)
  return toMetadata(
    pageMeta({ page: 'portal-help' }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function PortalHelpDraft() {
  const site = await draftSite(PORTAL_HELP_PATH)
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  return <PortalHelpBody content={site.content} />
}
