import type { DocumentActionComponent, NewDocumentOptionsContext, TemplateItem } from 'sanity'
import type { StructureResolver } from 'sanity/structure'
import { singletonTypes } from '../schemaTypes'
import { CLINIC_DOCUMENT_ID } from '../schemaTypes/singletons/clinic'
import { TranslationStatus } from './TranslationStatus'

/** The id of the desk's "Portal outage notice" entry. */
export const OUTAGE_NOTICE_ITEM_ID = 'portal-outage-notice'

/** The id of the desk's "Translations" entry: what each site language still lacks. */
export const TRANSLATIONS_ITEM_ID = 'translations'

/**
 * The desk: the portal outage notice first (needed at the most stressful moment), then the
 * clinic, what each site language still lacks (Translations), then lists for locations, portal vendors and support contacts.
 *
 * The notice lives in the clinic document (`portal.outageNotice`), so its entry opens the
 * clinic's editor, where the notice is the first field of the Portal tab. Sanity's structure
 * cannot open a document on a given field group, so a Studio that lands on the notice itself
 * needs the notice in a document of its own.
 */
export const structure: StructureResolver = (S) => {
  const clinicEditor = (title: string) =>
    S.document()
      .schemaType('clinic')
      .documentId(CLINIC_DOCUMENT_ID)
      // A clinic that does not exist yet opens with this template's initial value.
      .initialValueTemplate('clinic')
      .title(title)
  return S.list()
    .title('Clinic website')
    .items([
      S.listItem()
        .title('Portal outage notice')
        .id(OUTAGE_NOTICE_ITEM_ID)
        .schemaType('clinic')
        .child(clinicEditor('Portal outage notice')),
      S.listItem()
        .title('Clinic and portal')
        .id(CLINIC_DOCUMENT_ID)
        .schemaType('clinic')
        .child(clinicEditor('Clinic and portal')),
      S.listItem()
        .title('Translations')
        .id(TRANSLATIONS_ITEM_ID)
        .child(S.component(TranslationStatus).id(TRANSLATIONS_ITEM_ID).title('Translations')),
      S.divider(),
      S.documentTypeListItem('location').title('Locations'),
      S.documentTypeListItem('portalVendor').title('Portal vendors'),
      S.documentTypeListItem('supportContact').title('Support contacts'),
    ])
}

/**
 * Actions that would make a second clinic or leave the website without one: duplicating,
 * deleting, unpublishing, and marking it to be unpublished by a content release. Discarding a
 * draft or a release's copy stays: the published clinic is untouched.
 */
const SINGLETON_BLOCKED_ACTIONS: ReadonlySet<string> = new Set([
  'duplicate',
  'delete',
  'unpublish',
  'unpublishVersion',
])

/** Document actions: singletons cannot be duplicated, deleted or unpublished, in a release or not. */
export function filterSingletonActions(
  actions: DocumentActionComponent[],
  context: { schemaType: string },
): DocumentActionComponent[] {
  if (!singletonTypes.has(context.schemaType)) return actions
  return actions.filter((action) => !action.action || !SINGLETON_BLOCKED_ACTIONS.has(action.action))
}

/**
 * "Create new" options, wherever they appear (the navbar, lists, reference fields, releases):
 * none for singletons. Their templates stay, because the pinned document takes its initial
 * value from them.
 */
export function filterSingletonNewDocumentOptions(
  options: TemplateItem[],
  _context: NewDocumentOptionsContext,
): TemplateItem[] {
  // Each document type's default template has the type's name as its id.
  return options.filter((option) => !singletonTypes.has(option.templateId))
}
