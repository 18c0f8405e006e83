import { LanguageAssistanceBody } from '@/components/LanguageAssistanceBody'
import { draftTwin } from '@/lib/draft-page'

// The Draft Mode twin of /language-assistance; see app/preview/[lang]/page.tsx.
export const dynamic = 'force-dynamic'

const twin = draftTwin(() => ({ page: 'language-assistance' }), LanguageAssistanceBody)
export const generateMetadata = twin.generateMetadata
export default twin.Page
