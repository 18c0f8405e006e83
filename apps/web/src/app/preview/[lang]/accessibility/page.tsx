import { AccessibilityBody } from '@/components/AccessibilityBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of /accessibility; see app/preview/[lang]/page.tsx.
export const dynamic = 'force-dynamic'

const twin = draftTwin(() => ({ page: 'accessibility' }), AccessibilityBody)
export const generateMetadata = twin.generateMetadata
export default twin.Page
