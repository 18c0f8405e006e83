import { createSanityClient } from '@doorway/content'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { draftSecretMatches } from '@/lib/draft-secret'
import { webEnv } from '@/lib/env'
import { safeRedirectPath } from '@/lib/safe-redirect'

const noStore = { 'cache-control': 'no-store' }

/**
 * Turns Draft Mode on. With a Sanity project, the Studio's Presentation tool calls this with
 * Sanity's own preview-URL secret, checked against the project; with the local dataset, a
 * developer calls `?secret=<DRAFT_MODE_SECRET>&redirect=/portal`.
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
    return defineEnableDraftMode({ client: createSanityClient(content, 'drafts') }).GET(request)
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
  redirect(safeRedirectPath(params.get('redirect')))
}
