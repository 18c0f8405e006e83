import { HomePageBody } from '@/components/HomePageBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of / and /es (pages/index.tsx, pages/[lang]/index.tsx): next.config.ts
// rewrites / here as /preview/en, and /es as /preview/es, when the Draft Mode cookie is present
// (lib/draft-rewrites.ts). Always rendered on request: drafts never go into the build output.
export const dynamic = 'force-dynamic'

const twin = draftTwin(() => ({ page: 'home' }), HomePageBody)
export const generateMetadata = twin.generateMetadata
export default twin.Page
