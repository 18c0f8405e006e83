import type { Metadata } from 'next'
import { HomePageBody } from '@/components/HomePageBody'
import { webEnv } from '@/lib/env'
import { getPageContent } from '@/lib/site'

export const metadata: Metadata = { alternates: { canonical: '/' } }

export default async function HomePage() {
  const content = await getPageContent()
  // Draft Mode with problems: the layout shows them instead.
  if (content === null) return null
  return <HomePageBody content={content} now={new Date()} siteUrl={webEnv().siteUrl} />
}
