import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HOW_TO_SET_PROJECT_ID } from '../env'
import { resolve } from '../presentation/resolve'
import { CONFIGURED_ENV, studioWorkspace } from './harness'

// The tools an office manager gets, from the workspace Sanity resolves from the Studio's config.

async function toolNames(...args: Parameters<typeof studioWorkspace>): Promise<string[]> {
  return (await studioWorkspace(...args)).tools.map((tool) => tool.name)
}

describe('the Preview website (Presentation) tool', () => {
  test('is there with a project and a preview address, opening the site in Draft Mode', async () => {
    const workspace = await studioWorkspace(CONFIGURED_ENV)
    const presentation = workspace.tools.find((tool) => tool.name === 'presentation')
    expect(presentation?.title).toBe('Preview website')
    expect(presentation?.options).toMatchObject({
      previewUrl: {
        initial: 'http://localhost:3000',
        previewMode: { enable: '/api/draft-mode/enable' },
      },
      resolve,
    })
  })

  test.each([
    ['no preview address', { ...CONFIGURED_ENV, previewUrl: undefined }],
    ['no project', { ...CONFIGURED_ENV, projectId: undefined }],
  ])('is left out with %s', async (_case, env) => {
    const tools = await toolNames(env)
    expect(tools).toContain('structure')
    expect(tools).not.toContain('presentation')
  })
})

test('the Vision query tool is there under `sanity dev` only', async () => {
  expect(await toolNames(CONFIGURED_ENV, { dev: true })).toContain('vision')
  expect(await toolNames(CONFIGURED_ENV, { dev: false })).not.toContain('vision')
})

describe('the Sanity CLI without a project', () => {
  const studioDir = join(dirname(fileURLToPath(import.meta.url)), '..')
  function sanity(...args: string[]) {
    return spawnSync('npx', ['--no-install', 'sanity', ...args], {
      cwd: studioDir,
      encoding: 'utf8',
      // Set but empty, so neither the environment nor a studio/.env file supplies a project.
      env: { ...process.env, SANITY_STUDIO_PROJECT_ID: '', SANITY_TELEMETRY_DISABLED: '1' },
      timeout: 60_000,
    })
  }

  test('stops a command that talks to Sanity, saying how to set the project', () => {
    const result = sanity('dataset', 'list')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(HOW_TO_SET_PROJECT_ID)
  })
})
