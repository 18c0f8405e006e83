'use client'

import dynamic from 'next/dynamic'

// Loaded on demand, in the browser only: published pages never render this component, so their
// bundles carry no visual-editing code (the e2e test checks the built chunks).
const VisualEditing = dynamic(
  () => import('next-sanity/visual-editing/client-component').then((mod) => mod.VisualEditing),
  { ssr: false },
)

/**
 * next-sanity's link to the Presentation tool (navigation in step, refresh after edits); rendered
 * only in Draft Mode with a Sanity project. No click-to-edit: the site sets no `data-sanity` marks.
 */
export function VisualEditingLoader() {
  return <VisualEditing />
}
