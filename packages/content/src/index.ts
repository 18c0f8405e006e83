// Public surface of @doorway/content: what the site, the Studio and the bench use, pinned by
// test/index.test.ts, so that a new export is a decision. The browser-safe modules are entry
// points of their own too (`/model`, `/rules`, `/site`, `/queries`), for the Studio.
export {
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_NAMES,
  documentSchemas,
  medicalSpecialtyName,
  type DocumentType,
} from './model'
export {
  isOutageActive,
  locationPath,
  type AppLink,
  type Brand,
  type ClinicInfo,
  type HelpLink,
  type Location,
  type OpeningHours,
  type OutageNotice,
  type PortalHandout,
  type Phone,
  type PortalInfo,
  type PortalVendor,
  type SiteContent,
  type SupportContact,
  type TriageItem,
} from './site'
export { SITE_QUERY } from './queries'
export {
  SAMPLE_DATASET_PATH,
  findRepoRoot,
  localImageFile,
  readContentEnv,
  type ContentEnv,
} from './env'
export {
  applyPerspective,
  createSanityClient,
  readDataset,
  runQuery,
  type Perspective,
  type RawDocument,
  type SanityContentEnv,
} from './sources'
export {
  ContentProblemsError,
  checkSite,
  formatProblem,
  type CheckResult,
  type ContentProblem,
} from './check'
export { SLUG_PATTERN } from './rules'
export { loadSite, type LoadSiteOptions, type LoadSiteResult } from './load'
