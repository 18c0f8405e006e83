import { DEFAULT_LANGUAGE } from '@doorway/languages'
import type { Viewport } from 'next'
import type { ReactNode } from 'react'
import { DraftModeTools } from '@/components/DraftModeTools'
import { ProblemsPanel } from '@/components/ProblemsPanel'
import { SiteChrome } from '@/components/SiteChrome'
import { brandStylesheetPath } from '@/lib/brand-style'
import { webEnv } from '@/lib/env'
import { THEME_COLOR } from '@/lib/page-meta'
import { getSiteOrProblems } from '@/lib/site'
import { messagesFor } from '@/messages'
import './globals.css'

/**
 * The App Router's layout: only Draft Mode twins of the pages (`app/preview`) render in it;
 * published pages are the Pages Router's (`src/pages`). Both draw the same `SiteChrome`.
 */

/** The viewport, and the browser's theme colour: the clinic's main colour when it has one, as published pages do. */
export async function generateViewport(): Promise<Viewport> {
  const site = await getSiteOrProblems()
  return {
    width: 'device-width',
    initialScale: 1,
    themeColor: (site.ok ? site.content.brand.mainColor : null) ?? THEME_COLOR,
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = await getSiteOrProblems()
  const brandStylesheet = site.ok ? brandStylesheetPath(site.content.brand) : null
  // The main edition's language (a draft with problems has no content).
  const language = site.ok ? site.content.language : DEFAULT_LANGUAGE
  return (
    <html lang="en">
      <body>
        {/* React puts a stylesheet with a precedence into the head, as PageHead does for published pages. */}
        {brandStylesheet === null ? null : (
          <link rel="stylesheet" href={brandStylesheet} precedence="brand" />
        )}
        <SiteChrome
          content={site.ok ? site.content : null}
          draftTools={
            <DraftModeTools
              draft={site.draft}
              visualEditing={webEnv().content.mode === 'sanity'}
              language={language}
            />
          }
        >
          {site.ok ? (
            children
          ) : (
            // Draft Mode only: published content with problems throws (and fails the build) instead.
            <>
              <h1>{messagesFor(language).preview.cannotShow}</h1>
              <ProblemsPanel problems={site.problems} language={language} />
            </>
          )}
        </SiteChrome>
      </body>
    </html>
  )
}
