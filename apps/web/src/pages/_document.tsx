import type { SiteContent } from '@doorway/content/site'
import { DEFAULT_LANGUAGE, textDirection } from '@doorway/languages'
import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document'

/**
 * The HTML around every published page. Each page sets `unstable_runtimeJS: false`, so
 * `NextScript` renders no script and no `__NEXT_DATA__` (the e2e test `zero-js.spec.ts` guards it).
 * The page's props still reach the Document on the server, in `__NEXT_DATA__`: `<html lang dir>`
 * is the language of the edition the page was given.
 */
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const lang = languageOf(__NEXT_DATA__.props?.pageProps) ?? DEFAULT_LANGUAGE
  return (
    <Html lang={lang} dir={textDirection(lang)}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}

/** The language of a published page's props (`PublishedPageProps.content`), if they have one. */
function languageOf(pageProps: unknown): string | null {
  const content = (pageProps as { content?: Partial<SiteContent> } | undefined)?.content
  return typeof content?.language === 'string' ? content.language : null
}
