import type { Viewport } from 'next'
import { DEFAULT_LANGUAGE, textDirection } from '@doorway/languages'
import type { ReactNode } from 'react'
import { DraftModeTools } from '@/components/DraftModeTools'
import { ProblemsPanel } from '@/components/ProblemsPanel'
import { SiteChrome } from '@/components/SiteChrome'
import { brandStylesheetPath } from '@/lib/brand-style'
import { draftEdition } from '@/lib/draft-page'
import { webEnv } from '@/lib/env'
import { THEME_COLOR } from '@/lib/page-meta'
import { getSiteOrProblems } from '@/lib/site'
import { messagesFor } from '@/messages'
import '../../globals.css'

/**
 * The App Router's root layout: only Draft Mode twins of the pages (`app/preview/[lang]`) render
 * in it; published pages are the Pages Router's (`src/pages`). Both draw the same `SiteChrome`.
 * It sits under `[lang]` (the rewrites pass `en` or the language's prefix) so that `<html lang
 * dir>` and the chrome are in the previewed page's language; the App Router's routes outside it
 * (API, sitemap, robots) need no layout.
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

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ lang: string }>
}) {
  const site = await getSiteOrProblems()
  // A language that is not live: the page answers 404, in the main edition's chrome.
  const content = site.ok ? (draftEdition(site.content, (await params).lang) ?? site.content) : null
  const lang = content?.language ?? DEFAULT_LANGUAGE
  const brandStylesheet = content === null ? null : brandStylesheetPath(content.brand)
  return (
    <html lang={lang} dir={textDirection(lang)}>
      <body>
        {/* React puts a stylesheet with a precedence into the head, as PageHead does for published pages. */}
        {brandStylesheet === null ? null : (
          <link rel="stylesheet" href={brandStylesheet} precedence="brand" />
        )}
        <SiteChrome
          content={content}
          draftTools={
            <DraftModeTools
              draft={site.draft}
              visualEditing={webEnv().content.mode === 'sanity'}
              language={lang}
            />
          }
        >
          {site.ok ? (
            children
          ) : (
            // Draft Mode only: published content with problems throws (and fails the build) instead.
            <>
              <h1>{messagesFor(lang).preview.cannotShow}</h1>
              <ProblemsPanel problems={site.problems} language={lang} />
            </>
          )}
        </SiteChrome>
      </body>
    </html>
  )
}
