/** @jest-environment node */
import { readWebEnv } from './env'

describe('readWebEnv', () => {
  it('defaults to the sample dataset and http://localhost:3000 in local mode, and says the URL is a default', () => {
    const env = readWebEnv({})
    expect(env.siteUrl).toBe('http://localhost:3000')
    expect(env.siteUrlIsDefault).toBe(true)
    expect(env.draftModeSecret).toBeNull()
    expect(env.sanityWebhookSecret).toBeNull()
    expect(env.content).toMatchObject({ mode: 'local' })
    expect(env.content.mode === 'local' && env.content.datasetPath).toMatch(/packages\/content\/sample\/clinic\.ndjson$/)
  })

  it('uses SITE_URL without its trailing slash, and the secrets when long enough', () => {
    const env = readWebEnv({
      SITE_URL: 'https://www.maplegrovepediatrics.example/',
      DRAFT_MODE_SECRET: 'a-long-enough-draft-secret',
      SANITY_WEBHOOK_SECRET: 'a-long-enough-webhook-secret',
    })
    expect(env.siteUrl).toBe('https://www.maplegrovepediatrics.example')
    expect(env.siteUrlIsDefault).toBe(false)
    expect(env.draftModeSecret).toBe('a-long-enough-draft-secret')
    expect(env.sanityWebhookSecret).toBe('a-long-enough-webhook-secret')
  })

  it('treats empty variables as unset', () => {
    expect(readWebEnv({ SITE_URL: '', DRAFT_MODE_SECRET: '  ' }).draftModeSecret).toBeNull()
  })

  it('lists every bad variable in one error', () => {
    expect(() => readWebEnv({ SITE_URL: 'ftp://nope', DRAFT_MODE_SECRET: 'short', SANITY_WEBHOOK_SECRET: 'tiny' })).toThrow(
      /SITE_URL[\s\S]*DRAFT_MODE_SECRET: DRAFT_MODE_SECRET must be at least 16 characters[\s\S]*SANITY_WEBHOOK_SECRET/,
    )
  })

  it('requires SITE_URL when reading a Sanity project, so canonical URLs never point at localhost', () => {
    expect(() => readWebEnv({ SANITY_PROJECT_ID: 'abc123' })).toThrow(/SITE_URL: set it to the site’s public address/)
    expect(readWebEnv({ SANITY_PROJECT_ID: 'abc123', SITE_URL: 'https://clinic.example' }).content).toMatchObject({
      mode: 'sanity',
      projectId: 'abc123',
      siteUrl: 'https://clinic.example',
    })
  })

  it('passes on the content package’s own complaints', () => {
    expect(() => readWebEnv({ SANITY_PROJECT_ID: 'Not Valid!' })).toThrow(/SANITY_PROJECT_ID/)
  })
})
