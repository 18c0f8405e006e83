import { DOCUMENT_TYPES, isDocumentType, type DocumentType } from '@doorway/content/model'
import { checkSlug } from '@doorway/content/rules'
import { DEFAULT_LANGUAGE } from '@doorway/languages'
import { fixedPagePaths, pagePath } from './page-meta'

/**
 * What a Sanity webhook call re-renders. Published pages are Pages Router pages, which cache tags
 * do not reach, so the webhook revalidates each affected page by its path: every page for a
 * change to the clinic, the vendor or a support contact (the header and footer show them), and
 * for a location the pages that show it: its own (old and new address, so a renamed or deleted
 * location's address stops serving the old page), the home page's list, the portal page (its
 * outage notice is written in the first location's time zone) and the sitemap; each page in
 * every live language.
 */

/**
 * The paths of the pages every change may touch, in each of `languages` (the site's live
 * languages; English alone by default), and the sitemap. The 404 page (`pages/[...path].tsx`) is rendered
 * on each request, so it has nothing to re-render. The printed sign-up sheet shows the clinic,
 * the vendor's addresses and the contacts; it shows no location, but re-rendering it with the
 * rest keeps one list.
 */
export function sitePaths(languages: readonly string[] = [DEFAULT_LANGUAGE]): string[] {
  return [...languages.flatMap((lang) => fixedPagePaths(lang)), '/sitemap.xml']
}

/** The English site's `sitePaths`. */
export const SITE_PATHS = sitePaths()

/**
 * The projection to set on the Sanity webhook (apps/web/README.md). `_rev` is the document's
 * revision after the change, so the route can wait until the Content Lake shows it; `deleted`
 * says the change was a delete (Sanity then projects the document as it was before).
 */
export const WEBHOOK_PROJECTION =
  '{_type, _id, _rev, "deleted": delta::operation() == "delete", "slug": slug.current, "previousSlug": before().slug.current}'

/** What the webhook projection (`WEBHOOK_PROJECTION`) sends, read and checked. */
export interface ChangedDocument {
  type: DocumentType
  id: string
  slug: string | null
  previousSlug: string | null
  /** The revision the change produced; null from a webhook whose projection lacks `_rev`. */
  rev: string | null
  /** True for a delete; false for a create or update, and from a projection without `deleted`. */
  deleted: boolean
}

export type ParsedChange = { ok: true; change: ChangedDocument } | { ok: false; message: string }

// Slugs become paths to expire; accept only a slug the content check accepts (no page has another).
const slugOrNull = (value: unknown): string | null => {
  const result = checkSlug(value)
  return result.ok ? result.value : null
}

// A revision only goes into a query parameter, never a path; refuse only what no revision looks like.
const revOrNull = (value: unknown): string | null =>
  typeof value === 'string' && /^[\w.-]{1,128}$/.test(value) ? value : null

/** Reads a webhook body (already signature-checked) into the change it describes. */
export function parseChange(body: unknown): ParsedChange {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The webhook body must be a JSON object with _type and _id.' }
  }
  const record = body as Record<string, unknown>
  const type = record._type
  if (!isDocumentType(type)) {
    return {
      ok: false,
      message: `The webhook sent a document of type ${JSON.stringify(type)}; this site only shows ${DOCUMENT_TYPES.join(', ')}. Check the webhook's filter.`,
    }
  }
  const id = typeof record._id === 'string' ? record._id : ''
  if (id.length === 0) {
    return { ok: false, message: 'The webhook body has no _id. Check the webhook projection.' }
  }
  return {
    ok: true,
    change: {
      type,
      id,
      slug: slugOrNull(record.slug),
      previousSlug: slugOrNull(record.previousSlug),
      rev: revOrNull(record._rev),
      deleted: record.deleted === true,
    },
  }
}

/**
 * The paths to re-render for a change, given the slugs of every location now published (after
 * the change) and the site's live languages (English alone by default), each path once.
 */
export function pathsToRevalidate(
  change: ChangedDocument,
  publishedSlugs: readonly string[],
  languages: readonly string[] = [DEFAULT_LANGUAGE],
): string[] {
  const paths = new Set<string>(sitePaths(languages))
  const slugs =
    change.type === 'location' ? [change.slug, change.previousSlug] : [...publishedSlugs]
  for (const lang of languages) {
    for (const slug of slugs) {
      if (slug !== null) paths.add(pagePath({ page: 'location', slug }, lang))
    }
  }
  return [...paths]
}
