import type {
  DocumentActionComponent,
  NewDocumentOptionsContext,
  Template,
  TemplateItem,
} from 'sanity'
import type { StructureResolver } from 'sanity/structure'
import { singletonTypes } from '../schemaTypes'
import { CLINIC_DOCUMENT_ID } from '../schemaTypes/singletons/clinic'

/** The desk: the clinic pinned at the top, then lists for locations, portal vendors and support contacts. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Clinic website')
    .items([
      S.listItem()
        .title('Clinic and portal')
        .id(CLINIC_DOCUMENT_ID)
        .schemaType('clinic')
        .child(
          S.document()
            .schemaType('clinic')
            .documentId(CLINIC_DOCUMENT_ID)
            .title('Clinic and portal'),
        ),
      S.divider(),
      S.documentTypeListItem('location').title('Locations'),
      S.documentTypeListItem('portalVendor').title('Portal vendors'),
      S.documentTypeListItem('supportContact').title('Support contacts'),
    ])

// Actions that would make a second clinic or remove the only one.
const SINGLETON_BLOCKED_ACTIONS = new Set(['duplicate', 'delete', 'unpublish'])

/** Document actions: singletons cannot be duplicated, deleted or unpublished. */
export function filterSingletonActions(
  actions: DocumentActionComponent[],
  context: { schemaType: string },
): DocumentActionComponent[] {
  if (!singletonTypes.has(context.schemaType)) return actions
  return actions.filter((action) => !action.action || !SINGLETON_BLOCKED_ACTIONS.has(action.action))
}

/** Initial-value templates: none for singletons, so "Create new" never offers a second clinic. */
export function filterSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !singletonTypes.has(template.schemaType))
}

/** "Create new" menu options: none for singletons, wherever the menu appears. */
export function filterSingletonNewDocumentOptions(
  options: TemplateItem[],
  _context: NewDocumentOptionsContext,
): TemplateItem[] {
  return options.filter((option) => !singletonTypes.has(option.templateId))
}
