import {
  getDraftId,
  getPublishedId,
  getVersionFromId,
  getVersionId,
  isDraftId,
  isVersionId,
  type ValidationContext,
} from 'sanity'
import { API_VERSION } from '../env'

// The queries tell drafts, release copies and published documents apart by id, so they need the
// raw perspective.
const RAW = { perspective: 'raw' } as const

/** Which copy of a document a look-up read: the published one, a draft, or a release's copy. */
export type CopyKind = 'published' | 'draft' | 'release'

interface Copy {
  _id: string
}

function kindOf(id: string): CopyKind {
  if (isVersionId(id)) return 'release'
  return isDraftId(id) ? 'draft' : 'published'
}

/**
 * The copy that goes live with the document being validated (`forId`): its own release's copy
 * when both are in the same release, else the published copy, else the draft. Copies in other
 * releases are not live yet, so they never count.
 */
function liveCopy<T extends Copy>(copies: readonly T[], forId: string | undefined): T | null {
  const release = forId === undefined ? undefined : getVersionFromId(forId)
  const rank = (copy: T): number => {
    const kind = kindOf(copy._id)
    if (kind === 'release') return getVersionFromId(copy._id) === release ? 0 : -1
    return kind === 'published' ? 1 : 2
  }
  const ranked = copies.filter((copy) => rank(copy) >= 0).sort((a, b) => rank(a) - rank(b))
  return ranked[0] ?? null
}

/** Every id a document with published id `id` can have next to the document being validated. */
function copyIds(id: string, forId: string | undefined): string[] {
  const release = forId === undefined ? undefined : getVersionFromId(forId)
  return [id, getDraftId(id), ...(release === undefined ? [] : [getVersionId(id, release)])]
}

/** A vendor's portal domains, and which copy of the vendor they were read from. */
export interface VendorDomains {
  domains: string[]
  from: CopyKind
}

/**
 * The portal domains of the vendor with id `vendorId`, from the copy the website will build from
 * (see `liveCopy`): published first, so a domain added to a draft counts only once it is published.
 */
export async function fetchVendorDomains(
  context: ValidationContext,
  vendorId: string,
): Promise<VendorDomains | null> {
  const client = context.getClient({ apiVersion: API_VERSION })
  const copies = await client.fetch<Array<Copy & { portalDomains?: unknown }>>(
    '*[_type == "portalVendor" && _id in $ids]{_id, portalDomains}',
    { ids: copyIds(getPublishedId(vendorId), context.document?._id) },
    RAW,
  )
  const vendor = liveCopy(copies, context.document?._id)
  if (vendor === null) return null
  return { domains: stringList(vendor.portalDomains), from: kindOf(vendor._id) }
}

/** The clinic's website hosts, from the copy that goes live with this document; empty when there is no clinic. */
export async function fetchClinicWebsiteHosts(context: ValidationContext): Promise<string[]> {
  const client = context.getClient({ apiVersion: API_VERSION })
  const copies = await client.fetch<Array<Copy & { websiteHosts?: unknown }>>(
    '*[_type == "clinic"]{_id, websiteHosts}',
    {},
    RAW,
  )
  return stringList(liveCopy(copies, context.document?._id)?.websiteHosts)
}

/** Whether another location (not a copy of this one: published, draft or in a release) already uses `slug`. */
export async function isLocationSlugTaken(
  context: ValidationContext,
  slug: string,
): Promise<boolean> {
  const id = context.document?._id
  const own = id === undefined ? undefined : getPublishedId(id)
  const client = context.getClient({ apiVersion: API_VERSION })
  const ids = await client.fetch<string[]>(
    '*[_type == "location" && slug.current == $slug]._id',
    { slug },
    RAW,
  )
  return ids.some((other) => getPublishedId(other) !== own)
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}
