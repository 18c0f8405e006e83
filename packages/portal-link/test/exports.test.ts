// Pins the package's public surface: adding or removing an export must be a deliberate change.
import * as viaPackageName from '@doorway/portal-link'
import * as portalLink from '../src/index'
import type {
  PortalHref,
  PortalLinkContext,
  PortalLinkProblem,
  PortalLinkResult,
  SiteContext,
  VendorDomainProblem,
  VendorDomainResult,
} from '../src/index'

test('exported runtime names', () => {
  expect(Object.keys(portalLink).sort()).toEqual([
    'MAX_PORTAL_LINK_LENGTH',
    'canonicalHost',
    'checkPortalLink',
    'checkVendorDomain',
  ])
  expect(typeof portalLink.checkPortalLink).toBe('function')
  expect(typeof portalLink.checkVendorDomain).toBe('function')
  expect(portalLink.MAX_PORTAL_LINK_LENGTH).toBe(2048)
})

test('the package name resolves to the same module', () => {
  expect(Object.keys(viaPackageName).sort()).toEqual(Object.keys(portalLink).sort())
  expect(viaPackageName.checkPortalLink).toBe(portalLink.checkPortalLink)
})

// The exported types, pinned by the type check (`npm run check-types`): each must exist and keep
// its shape. A removed or renamed type fails to compile here.
type _ExportedTypes = [
  PortalHref,
  PortalLinkContext,
  PortalLinkProblem,
  PortalLinkResult,
  SiteContext,
  VendorDomainProblem,
  VendorDomainResult,
]
const _linkOk: PortalLinkResult = { ok: true, value: 'https://mychart.example/' as PortalHref }
const _linkRefused: PortalLinkResult = { ok: false, problem: 'not-https', message: 'm' }
const _domainOk: VendorDomainResult = { ok: true, value: 'mychart.example' }
const _domainRefused: VendorDomainResult = { ok: false, problem: 'covers-site', message: 'm' }
const _context: PortalLinkContext = {
  siteHosts: ['clinic.example'],
  vendorDomains: ['mychart.example'],
}
const _site: SiteContext = _context
