import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LocationPageBody } from '@/components/LocationPageBody'
import { locationPath } from '@doorway/content/site'
import { draftSite } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { pageMeta, toMetadata } from '@/lib/page-meta'

interface LocationDraftProps {
  params: Promise<{ slug: string }>
}

// The Draft Mode twin of /locations/[slug] (pages/locations/[slug].tsx); see app/preview/page.tsx.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: LocationDraftProps): Promise<Metadata> {
  const { slug } = await params
  const site = await draftSite(locationPath(slug))
  return toMetadata(
    pageMeta({ page: 'location', slug }, site.ok ? site.content : null, true),
    webEnv().siteUrl,
  )
}

export default async function LocationDraft({ params }: LocationDraftProps) {
  const { slug } = await params
  const site = await draftSite(locationPath(slug))
  // Drafts with problems: the layout shows them instead.
  if (!site.ok) return null
  const location = site.content.locations.find((l) => l.slug === slug)
  if (!location) notFound()
  return (
    <LocationPageBody
      content={site.content}
      location={location}
      now={new Date()}
      siteUrl={webEnv().siteUrl}
    />
  )
}
