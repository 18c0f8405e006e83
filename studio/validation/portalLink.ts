import {
  checkPortalLink,
  checkVendorDomain,
  type PortalAddressName,
  type PortalLinkResult,
} from '@doorway/portal-link'
import type { CustomValidator } from 'sanity'
import { fetchClinicWebsiteHosts, fetchVendorDomains } from './lookups'

export interface ClinicLike {
  websiteHosts?: unknown
  portal?: { vendor?: { _ref?: unknown } }
}

/**
 * The Studio's wording of a refused portal address (already named for its field by
 * `checkPortalLink`): when the vendor's domains came from its published copy, it tells the office
 * manager to publish the vendor after adding a domain (a domain added to a draft changes nothing
 * until then).
 */
export function portalLinkMessage(
  result: Extract<PortalLinkResult, { ok: false }>,
  vendorFrom: 'published' | 'draft' | 'release',
): string {
  let message = result.message
  if (vendorFrom === 'published') {
    if (result.problem === 'not-vendor-domain')
      message = message.replace(/\.$/, ', then publish the portal vendor.')
    if (result.problem === 'no-vendor-domain')
      message = message.replace(/, then try again\.$/, ', then publish the portal vendor.')
  }
  return message
}

/** Where a portal address finds its vendor: the clinic's portal vendor, unless told otherwise. */
export interface VendorChoice {
  /** The vendor's `_ref`, from the field's parent object or the clinic being edited. */
  ref: (parent: unknown, clinic: ClinicLike) => unknown
  /** What to say when no vendor is chosen yet. */
  choose: (field: PortalAddressName) => string
}

/** The clinic's own portal vendor (Patient portal → Portal vendor). */
export const CLINIC_PORTAL_VENDOR: VendorChoice = {
  ref: (_, clinic) => clinic.portal?.vendor?._ref,
  choose: (field) =>
    `Choose the portal vendor (under Portal) first: this ${field} is checked against the web domains of your portal vendor.`,
}

/**
 * A validator for one portal address, checked with `@doorway/portal-link` against the clinic's
 * own website hosts (from the document being edited) and the domains of the portal vendor it
 * references (read through the validation client): the clinic's portal vendor, or the one
 * `vendorChoice` reads (another portal's own vendor, a bill-pay company). Empty values pass:
 * required-ness is a separate rule.
 */
export function portalLinkValidator(
  field: PortalAddressName,
  vendorChoice: VendorChoice = CLINIC_PORTAL_VENDOR,
): CustomValidator<string | undefined> {
  return async (value, context) => {
    if (value === undefined) return true
    const clinic = (context.document ?? {}) as ClinicLike
    const siteHosts = Array.isArray(clinic.websiteHosts)
      ? clinic.websiteHosts.filter((host): host is string => typeof host === 'string')
      : []
    const vendorRef = vendorChoice.ref(context.parent, clinic)
    if (typeof vendorRef !== 'string' || vendorRef === '') {
      return vendorChoice.choose(field)
    }
    const vendor = await fetchVendorDomains(context, vendorRef)
    if (vendor === null) {
      return `The chosen portal vendor could not be found. Choose the portal vendor again (under Portal), then check this ${field}.`
    }
    const result = checkPortalLink(value, { siteHosts, vendorDomains: vendor.domains }, field)
    return result.ok ? true : portalLinkMessage(result, vendor.from)
  }
}

/**
 * Validates one declared vendor domain with `@doorway/portal-link`, against the clinic's website
 * hosts (read through the validation client), so a vendor domain can never cover the website.
 */
export const vendorDomainValidator: CustomValidator<string | undefined> = async (
  value,
  context,
) => {
  if (value === undefined) return true
  const siteHosts = await fetchClinicWebsiteHosts(context)
  const result = checkVendorDomain(value, { siteHosts })
  return result.ok ? true : result.message
}
