import type { SchemaTypeDefinition } from 'sanity'
import { location } from './documents/location'
import { portalVendor } from './documents/portalVendor'
import { supportContact } from './documents/supportContact'
import { appLink } from './objects/appLink'
import { familyAccess } from './objects/familyAccess'
import { helpLink } from './objects/helpLink'
import {
  billsTopic,
  helpTopics,
  messagesTopic,
  passwordResetTopic,
  recordsTopic,
  testResultsTopic,
} from './objects/helpTopics'
import { accessibility } from './objects/accessibility'
import { brand } from './objects/brand'
import { languageAssistance, tagline } from './objects/languageAssistance'
import { openingHours } from './objects/openingHours'
import { otherPortal } from './objects/otherPortal'
import { outageNotice } from './objects/outageNotice'
import { portalFeature } from './objects/portalFeature'
import { portalSettings } from './objects/portalSettings'
import { postalAddress } from './objects/postalAddress'
import { siteLanguage } from './objects/siteLanguage'
import { specialHours, timeRange } from './objects/specialHours'
import { triageItem } from './objects/triageItem'
import { clinic } from './singletons/clinic'

/** Singleton document types: exactly one document each, pinned in the structure. */
export const singletonTypes: ReadonlySet<string> = new Set([clinic.name])

/** Every schema type of the Studio. */
export const schemaTypes: SchemaTypeDefinition[] = [
  // Singletons
  clinic,
  // Documents
  location,
  portalVendor,
  supportContact,
  // Objects
  portalSettings,
  portalFeature,
  familyAccess,
  outageNotice,
  triageItem,
  appLink,
  helpLink,
  openingHours,
  specialHours,
  timeRange,
  postalAddress,
  languageAssistance,
  accessibility,
  brand,
  tagline,
  siteLanguage,
  otherPortal,
  helpTopics,
  messagesTopic,
  testResultsTopic,
  passwordResetTopic,
  billsTopic,
  recordsTopic,
]
