import type { DocumentActionComponent, Template, TemplateItem } from 'sanity'
import {
  filterSingletonActions,
  filterSingletonNewDocumentOptions,
  filterSingletonTemplates,
} from '../structure'

function action(name: string): DocumentActionComponent {
  const component = (() => null) as unknown as DocumentActionComponent
  component.action = name as DocumentActionComponent['action']
  return component
}

const ALL = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map(action)

test('the clinic cannot be duplicated, deleted or unpublished', () => {
  const kept = filterSingletonActions(ALL, { schemaType: 'clinic' }).map((a) => a.action)
  expect(kept).toEqual(['publish', 'discardChanges', 'restore'])
})

test('other documents keep every action', () => {
  expect(filterSingletonActions(ALL, { schemaType: 'location' })).toEqual(ALL)
})

test('no template or "Create new" option makes a second clinic', () => {
  const templates = ['clinic', 'location', 'portalVendor', 'supportContact'].map(
    (type) => ({ id: type, schemaType: type, title: type, value: {} }) as Template,
  )
  expect(filterSingletonTemplates(templates).map((t) => t.id)).toEqual([
    'location',
    'portalVendor',
    'supportContact',
  ])
  const options = templates.map((t) => ({ templateId: t.id }) as TemplateItem)
  expect(filterSingletonNewDocumentOptions(options, {} as never).map((o) => o.templateId)).toEqual([
    'location',
    'portalVendor',
    'supportContact',
  ])
})
