import type { Metadata } from 'next'
import { AccessibilityBody } from '@/components/AccessibilityBody'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { ACCESSIBILITY_PATH, pageMeta, toMetadata } from '@/lib/page-meta'

// The Draft Mode twin of /accessibility; see app/preview/page.tsx.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await draftSite(ACCESSIBILITY_PATH)
  return toMetadata(
    pageMeta({ page: 'accessibility' }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function AccessibilityDraft() {
  const site = await draftSite(ACCESSIBILITY_PATH)
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  return <AccessibilityBody content={site.content} />
}
