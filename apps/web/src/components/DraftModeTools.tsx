import { DEFAULT_LANGUAGE } from '@doorway/languages'
import { PreviewBar } from './PreviewBar'
import { VisualEditingLoader } from './VisualEditingLoader'

/**
 * Everything Draft Mode adds to a page: the preview bar, and with a Sanity project the visual
 * editing overlays. Renders nothing for a published page.
 */
export function DraftModeTools({
  draft,
  visualEditing,
  language = DEFAULT_LANGUAGE,
}: {
  draft: boolean
  /** True with a Sanity project (the Presentation tool); local mode has no Studio to talk to. */
  visualEditing: boolean
  /** The language of the preview bar's words. */
  language?: string
}) {
  if (!draft) return null
  return (
    <>
      <PreviewBar language={language} />
      {visualEditing ? <VisualEditingLoader /> : null}
    </>
  )
}
