import { webEnv } from '@/lib/env'
import { PreviewBar } from './PreviewBar'
import { VisualEditingLoader } from './VisualEditingLoader'

/**
 * Everything Draft Mode adds to a page: the preview bar, and with a Sanity project the visual
 * editing overlays. Renders nothing for a published page.
 */
export function DraftModeTools({ draft }: { draft: boolean }) {
  if (!draft) return null
  return (
    <>
      <PreviewBar />
      {webEnv().content.mode === 'sanity' ? <VisualEditingLoader /> : null}
    </>
  )
}
