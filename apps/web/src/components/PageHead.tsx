import Head from 'next/head'
import { ICON, THEME_COLOR, VIEWPORT, type PageMeta } from '@/lib/page-meta'

/** A published (Pages Router) page's head, from the same `PageMeta` the App Router's metadata uses. */
export function PageHead({ meta, siteUrl }: { meta: PageMeta; siteUrl: string }) {
  return (
    <Head>
      <title>{meta.title}</title>
      <meta name="viewport" content={VIEWPORT} />
      <meta name="theme-color" content={THEME_COLOR} />
      {meta.description === null ? null : <meta name="description" content={meta.description} />}
      {meta.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
      {meta.canonical === null ? null : (
        <link rel="canonical" href={`${siteUrl}${meta.canonical}`} />
      )}
      <link rel="icon" href={ICON.href} type={ICON.type} />
    </Head>
  )
}
