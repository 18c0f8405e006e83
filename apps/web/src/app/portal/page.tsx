import type { Metadata } from 'next'
import { PortalPageBody } from '@/components/portal/PortalPageBody'
import { getPageContent } from '@/lib/site'

export async function generateMetadata(): Promise<Metadata> {
  const content = await getPageContent()
  if (content === null) return {}
  const { portal } = content
  return {
    title: `${portal.name}, our patient portal`,
    description: `How to sign in to ${portal.name}, sign up, get family access, and who to call when it does not work.`,
    alternates: { canonical: '/portal' },
  }
}

export default async function PortalPage() {
  const content = await getPageContent()
  // Draft Mode with problems: the layout shows them instead.
  if (content === null) return null
  return <PortalPageBody content={content} now={new Date()} />
}
