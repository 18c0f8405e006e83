import type { GetStaticProps, PageConfig } from 'next'
import { HandoutBody } from '@/components/HandoutBody'
import { PublishedPage } from '@/components/PublishedPage'
import { pageMeta } from '@/lib/page-meta'
import { publishedPageProps, type PublishedPageProps } from '@/lib/published-content'
import { handoutQrSvg } from '@/lib/qr-code'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

type HandoutPageProps = PublishedPageProps & { qrSvg: string }

// The QR code is made here, on the server, from the checked address the portal page links to.
export const getStaticProps: GetStaticProps<HandoutPageProps> = async () => {
  const { props, revalidate } = await publishedPageProps()
  const qrSvg = await handoutQrSvg(props.content.portal.handout.href)
  return { props: { ...props, qrSvg }, revalidate }
}

export default function HandoutPage({ content, qrSvg, siteUrl }: HandoutPageProps) {
  return (
    <PublishedPage
      meta={pageMeta({ page: 'handout' }, content, false)}
      content={content}
      siteUrl={siteUrl}
    >
      <HandoutBody content={content} qrSvg={qrSvg} siteUrl={siteUrl} />
    </PublishedPage>
  )
}
