import type { Metadata } from 'next'
import { PortalPageBody } from '@/components/portal/PortalPageBody'
import { getSite } from '@/lib/site'

export async function generateMetadata(): Promise<Metadata> {
  const { portal } = await getSite()
  return {
    title: `${portal.name}, our patient portal`,
    description: `How to sign in to ${portal.name}, sign up, get family access, and who to call when it does not work.`,
    alternates: { canonical: '/portal' },
  }
}

export default async function PortalPage() {
  const content = await getSite()
  return <PortalPageBody content={content} now={new Date()} />
}
