import { Head, Html, Main, NextScript } from 'next/document'

/**
 * The HTML around every published page. Each page sets `unstable_runtimeJS: false`, so
 * `NextScript` renders no script and no `__NEXT_DATA__` (the e2e test `zero-js.spec.ts` guards it).
 */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
