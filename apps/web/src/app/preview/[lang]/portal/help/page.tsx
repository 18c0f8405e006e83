import { PortalHelpBody } from '@/components/portal/PortalHelpBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of /portal/help; see app/preview/[lang]/page.tsx.
export const dynamic = 'force-dynamic'

const twin = draftTwin(() => ({ page: 'portal-help' }), PortalHelpBody)
export const generateMetadata = twin.generateMetadata
export default twin.Page
