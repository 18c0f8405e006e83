import type { Metadata } from 'next'
import { HandoutBody } from '@/components/HandoutBody'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { HANDOUT_PATH, pageMeta, toMetadata } from '@/lib/page-meta'
import { handoutQrSvg } from '@/lib/qr-code'

// The Draft Mode twin of /portal/handout (pages/portal/handout.tsx); see app/preview/page.tsx.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const site = await draftSite(HANDOUT_PATH)
  return toMetadata(
    pageMeta({ page: 'handout' }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function HandoutDraft() {
  const site = await draftSite(HANDOUT_PATH)
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  const qrSvg = await handoutQrSvg(site.content.portal.handout.href)
  return <HandoutBody content={site.content} qrSvg={qrSvg} siteUrl={webEnv().siteUrl} />
}
