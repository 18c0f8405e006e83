import * as content from '../src'

// Pins the public surface: adding or removing an export must show up in review.
describe('@doorway/content public exports', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(content).sort()).toEqual([
      'APP_STORES',
      'APP_STORE_HOSTS',
      'APP_STORE_NAMES',
      'ContentProblemsError',
      'DATASET_PROBLEM_ID',
      'DEFAULT_SANITY_API_VERSION',
      'DOCUMENT_TYPES',
      'DOCUMENT_TYPE_NAMES',
      'MEDICAL_SPECIALTIES',
      'MEDICAL_SPECIALTY_TITLES',
      'SAMPLE_DATASET_PATH',
      'SITE_QUERY',
      'SLUG_PATTERN',
      'WEEKDAYS',
      'appLink',
      'applyPerspective',
      'checkAppStoreUrl',
      'checkOutageWindow',
      'checkSite',
      'checkSlug',
      'checkWebsiteHost',
      'clinicDocument',
      'clockTime',
      'createContentSource',
      'createLocalSource',
      'createSanityClient',
      'documentSchemas',
      'familyAccess',
      'findRepoRoot',
      'formatProblem',
      'helpLink',
      'isOutageActive',
      'loadSite',
      'locationDocument',
      'locationPath',
      'medicalSpecialtyName',
      'openingHours',
      'openingHoursProblems',
      'outageNotice',
      'parseNdjson',
      'portalSettings',
      'portalVendorDocument',
      'postalAddress',
      'readContentEnv',
      'readDataset',
      'reference',
      'repeatedWeekdays',
      'resolveDatasetPath',
      'runQuery',
      'supportContactDocument',
      'triageItem',
      'validatePhone',
      'validateTimeZone',
    ])
  })

  it('SITE_QUERY is one query reading every document type the site needs', () => {
    expect(typeof content.SITE_QUERY).toBe('string')
    for (const type of content.DOCUMENT_TYPES)
      expect(content.SITE_QUERY).toContain(`_type == "${type}"`)
  })
})
