import { locationPath } from '@doorway/content'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Address } from '@/components/Address'
import { JsonLd } from '@/components/JsonLd'
import { NewPatients } from '@/components/LocationSummary'
import { OpeningHoursTable } from '@/components/OpeningHoursTable'
import { PhoneLink } from '@/components/PhoneLink'
import { webEnv } from '@/lib/env'
import { jsonLdScriptContent } from '@/lib/jsonld'
import { getPageContent, getPublishedSite } from '@/lib/site'
import Link from 'next/link'

interface LocationPageProps {
  params: Promise<{ slug: string }>
}

// Locations known at build time are prerendered. A location published later is rendered on its
// first visit (after the revalidation webhook has refreshed the content); an unknown slug is a 404.
export const dynamicParams = true

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const { locations } = await getPublishedSite()
  return locations.map((location) => ({ slug: location.slug }))
}

export async function generateMetadata({ params }: LocationPageProps): Promise<Metadata> {
  const { slug } = await params
  const location = (await getPageContent())?.locations.find((l) => l.slug === slug)
  if (!location) return {}
  return {
    title: location.name,
    description: `${location.name}: address, phone number and opening hours.`,
    alternates: { canonical: locationPath(location.slug) },
  }
}

export default async function LocationPage({ params }: LocationPageProps) {
  const { slug } = await params
  const content = await getPageContent()
  // Draft Mode with problems: the layout shows them instead.
  if (content === null) return null
  const location = content.locations.find((l) => l.slug === slug)
  if (!location) notFound()
  return (
    <>
      <h1>{location.name}</h1>
      <Address address={location.address} />
      <p>
        <PhoneLink phone={location.phone} who={location.name} className="button-secondary" />
      </p>
      <NewPatients accepting={location.acceptingNewPatients} />
      <OpeningHoursTable location={location} />
      <p>
        <Link href="/portal">Send a message or see test results in {content.portal.name}</Link>
      </p>
      <JsonLd json={jsonLdScriptContent(content, [location], webEnv().siteUrl)} />
    </>
  )
}
