import { checkPortalLink, checkVendorDomain } from '@doorway/portal-link'
import type { CustomValidator } from 'sanity'
import { fetchClinicWebsiteHosts, fetchVendorDomains } from './lookups'

interface ClinicLike {
  websiteHosts?: unknown
  portal?: { vendor?: { _ref?: unknown } }
}

/**
 * Validates a portal address with `@doorway/portal-link`, against the clinic's own website hosts
 * (from the document being edited) and the domains of the portal vendor it references (read
 * through the validation client). Empty values pass: required-ness is a separate rule.
 */
export const portalLinkValidator: CustomValidator<string | undefined> = async (value, context) => {
  if (value === undefined) return true
  const clinic = (context.document ?? {}) as ClinicLike
  const siteHosts = Array.isArray(clinic.websiteHosts)
    ? clinic.websiteHosts.filter((host): host is string => typeof host === 'string')
    : []
  const vendorRef = clinic.portal?.vendor?._ref
  if (typeof vendorRef !== 'string' || vendorRef === '') {
    return 'Choose the portal vendor (under Portal) first: this address is checked against the web domains of your portal vendor.'
  }
  const vendorDomains = await fetchVendorDomains(context, vendorRef)
  if (vendorDomains === null) {
    return 'The chosen portal vendor could not be found. Choose the portal vendor again (under Portal), then check this address.'
  }
  const result = checkPortalLink(value, { siteHosts, vendorDomains })
  return result.ok ? true : result.message
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
