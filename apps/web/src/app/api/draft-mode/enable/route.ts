import { createSanityClient } from '@doorway/content'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { isRedirectError } from 'next/dist/client/components/redirect-error'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { startDraftSession } from '@/lib/draft-cookies'
import { draftSecretMatches } from '@/lib/draft-secret'
import { webEnv } from '@/lib/env'
import { safeRedirectPath } from '@/lib/safe-redirect'

const noStore = { 'cache-control': 'no-store' }

/**
 * Turns Draft Mode on, for an hour (`draft-session.ts`). With a Sanity project, the Studio's
 * Presentation tool calls this with Sanity's own preview-URL secret, checked against the project;
 * with the local dataset, a developer calls `?secret=<DRAFT_MODE_SECRET>&redirect=/portal`.
 */
export async function GET(request: Request): Promise<Response> {
  const env = webEnv()
  const content = env.content
  if (content.mode === 'sanity') {
    if (content.token === undefined) {
      return new Response(
        'Draft preview needs SANITY_API_READ_TOKEN (a Viewer token from sanity.io/manage) on the server.',
        { status: 401, headers: noStore },
      )
    }
    // The token stays here, on the server: it reads the secret the Studio stored in the dataset.
    // The site's own client (next-sanity sets the perspective and API version it needs).
    try {
      return await defineEnableDraftMode({ client: createSanityClient(content, 'drafts') }).GET(
        request,
      )
    } catch (error) {
      // next-sanity redirects only once the secret checked out: start the session with it.
      if (isRedirectError(error)) await startDraftSession(request)
      throw error
    }
  }

  const params = new URL(request.url).searchParams
  if (env.draftModeSecret === null) {
    return new Response('Draft preview is switched off: set DRAFT_MODE_SECRET on the server.', {
      status: 401,
      headers: noStore,
    })
  }
  if (!draftSecretMatches(params.get('secret'), env.draftModeSecret)) {
    return new Response('Wrong or missing secret.', { status: 401, headers: noStore })
  }
  ;(await draftMode()).enable()
  await startDraftSession(request)
  redirect(safeRedirectPath(params.get('redirect')))
}
