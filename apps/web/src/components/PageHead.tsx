import type { Brand } from '@doorway/content/site'
import Head from 'next/head'
import { brandStylesheetPath } from '@/lib/brand-style'
import { hreflangLinks, ICON, THEME_COLOR, VIEWPORT, type PageMeta } from '@/lib/page-meta'

/**
 * A published (Pages Router) page's head, from the same `PageMeta` the App Router's metadata
 * uses, with the clinic's colours (`brand`; null while a draft has problems) and the page in every
 * live language (`hreflang`, reciprocal, with `x-default`).
 */
export function PageHead({
  meta,
  siteUrl,
  brand = null,
}: {
  meta: PageMeta
  siteUrl: string
  brand?: Brand | null
}) {
  const brandStylesheet = brand === null ? null : brandStylesheetPath(brand)
  return (
    <Head>
      <title>{meta.title}</title>
      <meta name="viewport" content={VIEWPORT} />
      <meta name="theme-color" content={brand?.mainColor ?? THEME_COLOR} />
      {brandStylesheet === null ? null : <link rel="stylesheet" href={brandStylesheet} />}
      {meta.description === null ? null : <meta name="description" content={meta.description} />}
      {meta.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
      {meta.canonical === null ? null : (
        <link rel="canonical" href={`${siteUrl}${meta.canonical}`} />
      )}
      {hreflangLinks(meta.alternates).map(({ hreflang, path }) => (
        <link key={hreflang} rel="alternate" hrefLang={hreflang} href={`${siteUrl}${path}`} />
      ))}
      <link rel="icon" href={ICON.href} type={ICON.type} />
    </Head>
  )
}
