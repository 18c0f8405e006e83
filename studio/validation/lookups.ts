import type { ValidationContext } from 'sanity'
import { API_VERSION } from '../env'

/** The published id of a document id (drops the `drafts.` prefix). */
export function publishedId(id: string): string {
  return id.replace(/^drafts\./, '')
}

// The queries tell drafts from published documents by id, so they need the raw perspective.
const RAW = { perspective: 'raw' } as const

interface VendorDomains {
  portalDomains?: unknown
}

/**
 * The portal domains of the vendor with id `vendorId`. The published vendor wins, because that is
 * what the website builds from; a vendor that has never been published is read from its draft.
 */
export async function fetchVendorDomains(
  context: ValidationContext,
  vendorId: string,
): Promise<string[] | null> {
  const client = context.getClient({ apiVersion: API_VERSION })
  const found = await client.fetch<{
    published: VendorDomains | null
    draft: VendorDomains | null
  }>(
    `{
      "published": *[_type == "portalVendor" && _id == $id][0]{portalDomains},
      "draft": *[_type == "portalVendor" && _id == $draftId][0]{portalDomains}
    }`,
    { id: publishedId(vendorId), draftId: `drafts.${publishedId(vendorId)}` },
    RAW,
  )
  const vendor = found.published ?? found.draft
  if (vendor === null) return null
  return stringList(vendor.portalDomains)
}

/** The clinic's website hosts, published first, else from its draft; empty when there is no clinic. */
export async function fetchClinicWebsiteHosts(context: ValidationContext): Promise<string[]> {
  const client = context.getClient({ apiVersion: API_VERSION })
  const found = await client.fetch<{ published: unknown; draft: unknown }>(
    `{
      "published": *[_type == "clinic" && !(_id in path("drafts.**"))][0].websiteHosts,
      "draft": *[_type == "clinic" && _id in path("drafts.**")][0].websiteHosts
    }`,
    {},
    RAW,
  )
  return stringList(found.published ?? found.draft)
}

/** Whether another location (not this one or its draft) already uses `slug`. */
export async function isLocationSlugTaken(
  context: ValidationContext,
  slug: string,
): Promise<boolean> {
  const id = context.document?._id
  const client = context.getClient({ apiVersion: API_VERSION })
  const ids = id ? [publishedId(id), `drafts.${publishedId(id)}`] : []
  return client.fetch<boolean>(
    'count(*[_type == "location" && slug.current == $slug && !(_id in $ids)]) > 0',
    { slug, ids },
    RAW,
  )
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}
