export {
  canonicalHost,
  checkPortalLink,
  checkVendorDomain,
  MAX_PORTAL_LINK_LENGTH,
  type PortalAddressName,
  type PortalHref,
  type PortalLinkContext,
  type PortalLinkProblem,
  type PortalLinkResult,
  type SiteContext,
  type VendorDomainProblem,
  type VendorDomainResult,
} from './check'
