import * as content from '../src'
import * as brand from '../src/brand'
import * as model from '../src/model'
import * as queries from '../src/queries'
import * as readingLevel from '../src/reading-level'
import * as rules from '../src/rules'
import * as site from '../src/site'
import * as translations from '../src/translations'

// Pins the public surface of every entry point (package.json `exports`): adding or removing an
// export must show up in review. The root holds what the site, the Studio and the bench use.
describe('@doorway/content public exports', () => {
  it.each([
    [
      '@doorway/content',
      content,
      [
        'ContentProblemsError',
        'DOCUMENT_TYPES',
        'DOCUMENT_TYPE_NAMES',
        'SAMPLE_DATASET_PATH',
        'SITE_QUERY',
        'SLUG_PATTERN',
        'applyPerspective',
        'checkSite',
        'createSanityClient',
        'documentSchemas',
        'findRepoRoot',
        'formatProblem',
        'isOutageActive',
        'loadSite',
        'localImageFile',
        'locationPath',
        'medicalSpecialtyName',
        'readContentEnv',
        'readDataset',
        'runQuery',
      ],
    ],
    [
      '@doorway/content/model',
      model,
      [
        'APP_STORES',
        'DOCUMENT_TYPES',
        'DOCUMENT_TYPE_NAMES',
        'HANDOUT_LINKS',
        'HANDOUT_LINK_TITLES',
        'HANDOUT_NOTE_MAX_LENGTH',
        'LOCALIZED',
        'MEDICAL_SPECIALTIES',
        'MEDICAL_SPECIALTY_TITLES',
        'WEEKDAYS',
        'WHAT_YOU_NEED_MAX_LENGTH',
        'clinicDocument',
        'clockTime',
        'documentSchemas',
        'fieldNameInSentence',
        'handoutNote',
        'isDocumentType',
        'localized',
        'locationDocument',
        'medicalSpecialtyName',
        'portalVendorDocument',
        'supportContactDocument',
        'whatYouNeed',
      ],
    ],
    [
      '@doorway/content/rules',
      rules,
      [
        'ACCESSIBILITY_REVIEW_DAYS',
        'APP_STORE_NAMES',
        'BRAND_MIN_CONTRAST',
        'SLUG_PATTERN',
        'accessibilityReviewWarning',
        'checkAppStoreUrl',
        'checkBrandColor',
        'checkDayRanges',
        'checkEachLanguageOnce',
        'checkEmail',
        'checkHandoutLink',
        'checkLanguageTag',
        'checkLogoAsset',
        'checkOpeningHours',
        'checkOutageWindow',
        'checkPhone',
        'checkSiteLanguage',
        'checkSlug',
        'checkSpecialHours',
        'checkTagline',
        'checkTimeZone',
        'checkWebPageLink',
        'checkWebsiteHost',
        'contrastRatio',
        'darkerShade',
        'parseHexColor',
      ],
    ],
    [
      '@doorway/content/brand',
      brand,
      [
        'LOGO_ACCEPT',
        'LOGO_ALT_MISSING',
        'LOGO_HEIGHT',
        'LOGO_TYPES',
        'LOGO_TYPE_NAMES',
        'SANITY_IMAGE_ORIGIN',
        'checkLogoAsset',
        'isImageFile',
        'localImagePath',
        'logoImage',
        'parseImageRef',
      ],
    ],
    [
      '@doorway/content/site',
      site,
      [
        'PORTAL_HELP_PATH',
        'SPECIAL_HOURS_NOTICE_DAYS',
        'directionsUrl',
        'formatClockTime',
        'formatTimeRanges',
        'isOutageActive',
        'locationPath',
        'specialHoursToShow',
      ],
    ],
    [
      '@doorway/content/translations',
      translations,
      ['editionDocument', 'languageTitle', 'missingTranslationMessage', 'translationsOf'],
    ],
    [
      '@doorway/content/reading-level',
      readingLevel,
      ['READING_GRADE_LIMIT', 'officeTextsByPage', 'readingLevel', 'readingLevelWarning'],
    ],
    [
      '@doorway/content/queries',
      queries,
      ['DEFAULT_SANITY_API_VERSION', 'SITE_QUERY', 'SITE_QUERY_LISTS'],
    ],
  ])('%s exports exactly these runtime names', (_, entry, names) => {
    expect(Object.keys(entry).sort()).toEqual(names)
  })

  it('SITE_QUERY is one query reading every document type the site needs', () => {
    expect(typeof content.SITE_QUERY).toBe('string')
    for (const type of content.DOCUMENT_TYPES)
      expect(content.SITE_QUERY).toContain(`_type == "${type}"`)
  })
})
