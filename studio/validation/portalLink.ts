import {
  checkPortalLink,
  checkVendorDomain,
  type PortalAddressName,
  type PortalLinkResult,
} from '@doorway/portal-link'
import type { CustomValidator } from 'sanity'
import { fetchClinicWebsiteHosts, fetchVendorDomains } from './lookups'

interface ClinicLike {
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

/**
 * A validator for one portal address, checked with `@doorway/portal-link` against the clinic's
 * own website hosts (from the document being edited) and the domains of the portal vendor it
 * references (read through the validation client). Empty values pass: required-ness is a
 * separate rule.
 */
export function portalLinkValidator(field: PortalAddressName): CustomValidator<string | undefined> {
  return async (value, context) => {
    if (value === undefined) return true
    const clinic = (context.document ?? {}) as ClinicLike
    const siteHosts = Array.isArray(clinic.websiteHosts)
      ? clinic.websiteHosts.filter((host): host is string => typeof host === 'string')
      : []
    const vendorRef = clinic.portal?.vendor?._ref
    if (typeof vendorRef !== 'string' || vendorRef === '') {
      return `Choose the portal vendor (under Portal) first: this ${field} is checked against the web domains of your portal vendor.`
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
