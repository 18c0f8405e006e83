import { HandoutBody } from '@/components/HandoutBody'
import { handoutQrSvg } from '@/lib/qr-code'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of /portal/handout (pages/portal/handout.tsx); see app/preview/[lang]/page.tsx.
export const dynamic = 'force-dynamic'

const twin = draftTwin(
  () => ({ page: 'handout' }),
  HandoutBody,
  async (content) => ({
    qrSvg: await handoutQrSvg(content.portal.handout.href),
  }),
)
export const generateMetadata = twin.generateMetadata
export default twin.Page
