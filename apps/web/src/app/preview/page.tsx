import { HomePageBody } from '@/components/HomePageBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of / (pages/index.tsx): next.config.ts rewrites / here when the Draft Mode
// cookie is present. Always rendered on request: drafts never go into the build output.
export const dynamic = 'force-dynamic'

const twin = draftTwin(() => ({ page: 'home' }), HomePageBody)
export const generateMetadata = twin.generateMetadata
export default twin.Page
