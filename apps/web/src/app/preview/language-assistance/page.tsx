import type { Metadata } from 'next'
import { LanguageAssistanceBody } from '@/components/LanguageAssistanceBody'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { LANGUAGE_ASSISTANCE_PATH, pageMeta, toMetadata } from '@/lib/page-meta'

// The Draft Mode twin of /language-assistance; see app/preview/page.tsx.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await draftSite(LANGUAGE_ASSISTANCE_PATH)
  return toMetadata(
    pageMeta({ page: 'language-assistance' }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function LanguageAssistanceDraft() {
  const site = await draftSite(LANGUAGE_ASSISTANCE_PATH)
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  return <LanguageAssistanceBody content={site.content} />
}
