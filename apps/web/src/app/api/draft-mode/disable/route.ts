import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeRedirectPath } from '@/lib/safe-redirect'

/** Turns Draft Mode off and goes back to the published site (`/`, or a same-site `redirect`). */
export async function GET(request: Request): Promise<never> {
  ;(await draftMode()).disable()
  redirect(safeRedirectPath(new URL(request.url).searchParams.get('redirect')))
}
