import {
  getConfigContextFromSource,
  resolveInitialValue,
  type DocumentActionsContext,
  type NewDocumentCreationContext,
  type ObjectSchemaType,
  type Workspace,
} from 'sanity'
import { createStructureBuilder, type StructureResolverContext } from 'sanity/structure'
import {
  CLINIC_DOCUMENT_ID,
  DEFAULT_PORTAL_EXPLANATION,
  DEFAULT_PORTAL_FEATURES,
} from '../schemaTypes/singletons/clinic'
import { OUTAGE_NOTICE_ITEM_ID, structure, TRANSLATIONS_ITEM_ID } from '../structure'
import { englishText } from '../validation/translated'
import { studioWorkspace } from './harness'

// Everything here goes through the workspace Sanity resolves from the Studio's config, with the
// document actions of Sanity's own structure tool and releases plugin.

let workspace: Workspace
beforeAll(async () => {
  workspace = await studioWorkspace()
})

type VersionType = DocumentActionsContext['versionType']

/** The names of the document actions the Studio offers for a document. */
function actionNames(schemaType: string, versionType: VersionType): string[] {
  const context = {
    schemaType,
    documentId: schemaType === 'clinic' ? CLINIC_DOCUMENT_ID : `${schemaType}-1`,
    versionType,
    ...(versionType === 'version' ? { releaseId: 'rSpring' } : {}),
  } as DocumentActionsContext
  return workspace.document.actions(context).flatMap((action) => action.action ?? [])
}

const BLOCKED_FOR_THE_CLINIC = ['duplicate', 'delete', 'unpublish', 'unpublishVersion']

describe('the clinic cannot be duplicated, deleted or unpublished', () => {
  test.each(['draft', 'published'] as const)('as a %s', (versionType) => {
    const location = actionNames('location', versionType)
    // Sanity offers these for other documents, so removing them for the clinic is our doing.
    expect(location).toEqual(expect.arrayContaining(['duplicate', 'delete', 'unpublish']))
    const clinic = actionNames('clinic', versionType)
    expect(clinic).toEqual(location.filter((name) => !BLOCKED_FOR_THE_CLINIC.includes(name)))
    expect(clinic).toEqual(expect.arrayContaining(['publish', 'discardChanges', 'restore']))
  })

  test('in a content release, where it can still be discarded but not marked to unpublish', () => {
    const location = actionNames('location', 'version')
    expect(location).toEqual(expect.arrayContaining(['duplicate', 'unpublishVersion']))
    const clinic = actionNames('clinic', 'version')
    expect(clinic).toEqual(location.filter((name) => !BLOCKED_FOR_THE_CLINIC.includes(name)))
    expect(clinic).toContain('discardVersion')
  })
})

describe('"Create new" never offers a second clinic', () => {
  test.each<[string, NewDocumentCreationContext]>([
    ['the navbar', { type: 'global' }],
    ['a list pane', { type: 'structure', schemaType: 'location' }],
    ['a reference field', { type: 'document', documentId: 'clinic', schemaType: 'clinic' }],
  ])('in %s', (_where, context) => {
    const templates = workspace.document
      .resolveNewDocumentOptions(context)
      .map((option) => option.templateId)
    expect(templates).not.toContain('clinic')
    if (context.type === 'document') {
      expect(templates).toEqual(['location', 'portalVendor', 'supportContact'])
    }
  })

  test('while the clinic keeps the template its pinned document opens with', () => {
    expect(workspace.templates.map((template) => template.id)).toContain('clinic')
  })
})

describe('the desk', () => {
  function desk() {
    const S = createStructureBuilder({
      source: workspace.unstable_sources[0]!,
      perspectiveStack: [],
    })
    return (structure(S, {} as StructureResolverContext) as ReturnType<typeof S.list>).serialize()
  }

  test('puts the portal outage notice first, pins the clinic and its translation status, then lists locations, portal vendors and support contacts', () => {
    expect(
      desk().items.map((item) =>
        item.type === 'divider' ? '---' : `${item.id}: ${'title' in item ? item.title : ''}`,
      ),
    ).toEqual([
      `${OUTAGE_NOTICE_ITEM_ID}: Portal outage notice`,
      'clinic: Clinic and portal',
      `${TRANSLATIONS_ITEM_ID}: Translations`,
      '---',
      'location: Locations',
      'portalVendor: Portal vendors',
      'supportContact: Support contacts',
    ])
  })

  test('the outage notice entry opens the clinic’s editor, where the notice is the first field of the tab it opens on', () => {
    const entry = desk().items[0] as unknown as {
      child: { type: string; title: string; options: { id: string; type: string } }
    }
    expect(entry.child.type).toBe('document')
    expect(entry.child.title).toBe('Portal outage notice')
    expect(entry.child.options).toMatchObject({ id: CLINIC_DOCUMENT_ID, type: 'clinic' })

    // The clinic opens on its default tab; the portal's own default tab starts with the notice.
    const clinic = workspace.schema.get('clinic') as ObjectSchemaType
    const portal = clinic.fields.find((f) => f.name === 'portal')!.type as ObjectSchemaType
    const defaultGroup = (type: ObjectSchemaType) => type.groups?.find((g) => g.default)?.name
    const inGroup = (field: { group?: string | string[] }, group: string | undefined) =>
      [field.group].flat().includes(group)
    const portalFields = portal.fields.filter((f) =>
      inGroup(f as { group?: string | string[] }, defaultGroup(portal)),
    )
    expect(portalFields[0]?.name).toBe('outageNotice')
  })

  test('a clinic that does not exist yet opens with its initial value', async () => {
    // The serialized desk holds the pinned document's pane as the clinic item's child.
    const pinned = desk().items[1] as unknown as {
      child: { type: string; options: { id: string; type: string; template?: string } }
    }
    const pane = pinned.child
    expect(pane.type).toBe('document')
    expect(pane.options).toEqual({ id: CLINIC_DOCUMENT_ID, type: 'clinic', template: 'clinic' })

    // What the document pane does for a document that does not exist: find the pane's template
    // among the workspace's, and resolve its initial value.
    const template = workspace.templates.find((t) => t.id === pane.options.template)
    expect(template).toBeDefined()
    // Sanity resolves initial values in a browser task; a bare `window` is enough for that here.
    const globals = globalThis as { window?: unknown }
    globals.window ??= {}
    try {
      const value = await resolveInitialValue(
        workspace.schema,
        template!,
        {},
        getConfigContextFromSource(workspace.unstable_sources[0]!),
      )
      const clinic = value as {
        _type: string
        emergencyMessage: unknown
        portal: { _type: string; explanation: unknown; features: { text: unknown }[] }
      }
      // Translated fields start with their English text.
      expect({
        _type: clinic._type,
        emergencyMessage: englishText(clinic.emergencyMessage),
        portal: {
          _type: clinic.portal._type,
          explanation: englishText(clinic.portal.explanation),
          features: clinic.portal.features.map((feature) => englishText(feature.text)),
        },
      }).toEqual({
        _type: 'clinic',
        emergencyMessage:
          'If this is an emergency, call 911 now. Do not use the portal for emergencies.',
        portal: {
          _type: 'portalSettings',
          explanation: DEFAULT_PORTAL_EXPLANATION,
          features: DEFAULT_PORTAL_FEATURES,
        },
      })
    } finally {
      delete globals.window
    }
  })
})
