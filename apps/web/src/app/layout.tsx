import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { DraftModeTools } from '@/components/DraftModeTools'
import { ProblemsPanel } from '@/components/ProblemsPanel'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { webEnv } from '@/lib/env'
import { getSiteOrProblems } from '@/lib/site'
import './globals.css'

// Pages are static, re-rendered when a visit finds them over 5 minutes old (the visit itself still
// gets the old page), so an ended outage notice drops off without a rebuild; the notice's own
// wording names its times for the minutes in between (the content itself stays cached).
export const revalidate = 300

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteOrProblems()
  const name = site.ok ? site.content.clinic.name : 'Clinic preview'
  return {
    metadataBase: new URL(webEnv().siteUrl),
    title: { default: name, template: `%s | ${name}` },
    description: site.ok
      ? `${name}: our locations, opening hours, phone numbers, and how to use ${site.content.portal.name}, our patient portal.`
      : undefined,
    // Draft previews must never be indexed.
    robots: site.draft ? { index: false, follow: false } : undefined,
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5a4a',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = await getSiteOrProblems()
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <DraftModeTools draft={site.draft} />
        {site.ok ? (
          <>
            <SiteHeader
              clinicName={site.content.clinic.name}
              portalName={site.content.portal.name}
            />
            <main id="main" className="wrap" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter content={site.content} />
          </>
        ) : (
          // Draft Mode only: published content with problems throws (and fails the build) instead.
          <main id="main" className="wrap" tabIndex={-1}>
            <h1>These drafts cannot be shown yet</h1>
            <ProblemsPanel problems={site.problems} />
          </main>
        )}
      </body>
    </html>
  )
}
