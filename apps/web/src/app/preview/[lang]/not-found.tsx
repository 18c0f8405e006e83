import { NotFoundBody } from '@/components/NotFoundBody'

/** A location missing from the drafts, in Draft Mode (published 404s are pages/[...path].tsx). */
export default function NotFound() {
  return <NotFoundBody />
}
