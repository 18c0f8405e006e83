import { PortalPageBody } from '@/components/portal/PortalPageBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of /portal (pages/portal.tsx); see app/preview/[lang]/page.tsx.
export const dynamic = 'force-dynamic'

const twin = draftTwin(() => ({ page: 'portal' }), PortalPageBody)
export const generateMetadata = twin.generateMetadata
export default twin.Page
