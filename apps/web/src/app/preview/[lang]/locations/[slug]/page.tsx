import { LocationPageBody } from '@/components/LocationPageBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of /locations/[slug] (pages/locations/[slug].tsx); see app/preview/[lang]/page.tsx.
export const dynamic = 'force-dynamic'

const twin = draftTwin(
  ({ slug }: { slug: string }) => ({ page: 'location', slug }),
  LocationPageBody,
  (content, { slug }) => {
    const location = content.locations.find((l) => l.slug === slug)
    return location ? { location } : null
  },
)
export const generateMetadata = twin.generateMetadata
export default twin.Page
