import { redirect } from 'next/navigation'
import { endDraftSession } from '@/lib/draft-cookies'
import { safeRedirectPath } from '@/lib/safe-redirect'

/** Turns Draft Mode off and goes back to the published site (`/`, or a same-site `redirect`). */
export async function GET(request: Request): Promise<never> {
  await endDraftSession()
  redirect(safeRedirectPath(new URL(request.url).searchParams.get('redirect')))
}
