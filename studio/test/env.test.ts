import { commandNeedsProject, PROJECT_ID_PLACEHOLDER, parseStudioEnv } from '../env'

test('no project is a valid setting, with the default dataset', () => {
  expect(parseStudioEnv({})).toEqual({
    projectId: undefined,
    dataset: 'production',
    previewUrl: undefined,
  })
  expect(parseStudioEnv({ SANITY_STUDIO_PROJECT_ID: '  ' }).projectId).toBeUndefined()
})

test('a configured project, dataset and preview origin are read', () => {
  expect(
    parseStudioEnv({
      SANITY_STUDIO_PROJECT_ID: 'abc123de',
      SANITY_STUDIO_DATASET: 'staging',
      SANITY_STUDIO_PREVIEW_URL: 'http://localhost:3000/',
    }),
  ).toEqual({ projectId: 'abc123de', dataset: 'staging', previewUrl: 'http://localhost:3000' })
})

test('every bad variable is listed in one error', () => {
  expect(() =>
    parseStudioEnv({
      SANITY_STUDIO_PROJECT_ID: 'My Project',
      SANITY_STUDIO_DATASET: 'Prod!',
      SANITY_STUDIO_PREVIEW_URL: 'localhost:3000',
    }),
  ).toThrow(
    /SANITY_STUDIO_PROJECT_ID "My Project"[\s\S]*SANITY_STUDIO_DATASET "Prod!"[\s\S]*SANITY_STUDIO_PREVIEW_URL "localhost:3000"/,
  )
})

test('the placeholder can never be configured as a real project id', () => {
  expect(() => parseStudioEnv({ SANITY_STUDIO_PROJECT_ID: PROJECT_ID_PLACEHOLDER })).toThrow(
    /SANITY_STUDIO_PROJECT_ID/,
  )
})

describe('which Sanity CLI commands need a project', () => {
  test.each([
    [['deploy'], true],
    [['dev', '--port', '3334'], true],
    [['dataset', 'import', 'clinic.ndjson', '--replace'], true],
    [['documents', 'query', '*'], true],
    [['schema', 'deploy'], true],
    [['migration', 'run', 'rename'], true],
    [['deploy', '--project-id', 'abc123de'], false],
    [['dataset', 'list', '--project-id=abc123de'], false],
    [['build', '--yes'], false],
    [['schema', 'validate'], false],
    [['schema', 'extract', '--path', 'schema.json'], false],
    [['typegen', 'generate'], false],
    [['projects', 'create'], false],
    [['login'], false],
    [['migration', 'create'], false],
    [[], false],
  ])('%j: %s', (args, needsProject) => {
    expect(commandNeedsProject(args)).toBe(needsProject)
  })
})
