import type { GetStaticProps, PageConfig } from 'next'
import { HandoutBody } from '@/components/HandoutBody'
import { publishedPage } from '@/components/PublishedPage'
import { publishedPageProps, type PublishedPageProps } from '@/lib/published-content'
import { handoutQrSvg } from '@/lib/qr-code'

// No client JavaScript: the page is HTML and CSS (see apps/web/README.md, "Pages").
export const config: PageConfig = { unstable_runtimeJS: false }

// The QR code is made here, on the server, from the checked address the portal page links to.
export const getStaticProps: GetStaticProps<PublishedPageProps & { qrSvg: string }> = async () => {
  const { props, revalidate } = await publishedPageProps()
  const qrSvg = await handoutQrSvg(props.content.portal.handout.href)
  return { props: { ...props, qrSvg }, revalidate }
}

export default publishedPage<{ qrSvg: string }>({ page: 'handout' }, HandoutBody)
