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
    expect(env.content.mode === 'local' && env.content.datasetPath).toMatch(
      /packages\/content\/sample\/clinic\.ndjson$/,
    )
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

  it('stops at a SITE_URL that is not an origin (it would end up in every sitemap entry)', () => {
    expect(() => readWebEnv({ SITE_URL: 'https://www.clinic.example?x=1' })).toThrow(
      /SITE_URL must not have a path, a query .* like https:\/\/www\.yourclinic\.org/,
    )
  })

  it('reads NEXT_OUTPUT: standalone or nothing', () => {
    expect(readWebEnv({}).output).toBeNull()
    expect(readWebEnv({ NEXT_OUTPUT: 'standalone' }).output).toBe('standalone')
    expect(() => readWebEnv({ NEXT_OUTPUT: 'export' })).toThrow(/NEXT_OUTPUT must be "standalone"/)
  })

  it('treats empty variables as unset', () => {
    expect(readWebEnv({ SITE_URL: '', DRAFT_MODE_SECRET: '  ' }).draftModeSecret).toBeNull()
  })

  it('lists every bad variable in one error', () => {
    expect(() =>
      readWebEnv({
        SITE_URL: 'ftp://nope',
        DRAFT_MODE_SECRET: 'short',
        SANITY_WEBHOOK_SECRET: 'tiny',
      }),
    ).toThrow(
      /SITE_URL[\s\S]*DRAFT_MODE_SECRET: DRAFT_MODE_SECRET must be at least 16 characters[\s\S]*SANITY_WEBHOOK_SECRET/,
    )
  })

  it('requires SITE_URL when reading a Sanity project, so canonical URLs never point at localhost', () => {
    expect(() => readWebEnv({ SANITY_PROJECT_ID: 'abc123' })).toThrow(
      /SITE_URL: set it to the site’s public address/,
    )
    expect(
      readWebEnv({ SANITY_PROJECT_ID: 'abc123', SITE_URL: 'https://clinic.example' }).content,
    ).toMatchObject({
      mode: 'sanity',
      projectId: 'abc123',
      siteUrl: 'https://clinic.example',
    })
  })

  it('passes on the content package’s own complaints', () => {
    expect(() => readWebEnv({ SANITY_PROJECT_ID: 'Not Valid!' })).toThrow(/SANITY_PROJECT_ID/)
  })

  it('keeps only the origin of SANITY_STUDIO_URL, and refuses what is not a web address', () => {
    expect(readWebEnv({}).studioOrigin).toBeNull()
    expect(
      readWebEnv({ SANITY_STUDIO_URL: 'https://maplegrove.sanity.studio/desk/clinic' })
        .studioOrigin,
    ).toBe('https://maplegrove.sanity.studio')
    expect(() => readWebEnv({ SANITY_STUDIO_URL: 'maplegrove.sanity.studio' })).toThrow(
      /SANITY_STUDIO_URL must be the full address of your Studio/,
    )
  })

  it('builds into .next unless NEXT_DIST_DIR names another folder inside the app', () => {
    expect(readWebEnv({}).distDir).toBe('.next')
    expect(readWebEnv({ NEXT_DIST_DIR: '' }).distDir).toBe('.next')
    expect(readWebEnv({ NEXT_DIST_DIR: '.next-preview' }).distDir).toBe('.next-preview')
    expect(readWebEnv({ NEXT_DIST_DIR: 'build/out_1' }).distDir).toBe('build/out_1')
  })

  it.each(['/tmp/out', '../elsewhere', 'a/../../b', '..', 'has space', 'semi;colon'])(
    'refuses NEXT_DIST_DIR=%j, which Next would clean outside the app',
    (value) => {
      expect(() => readWebEnv({ NEXT_DIST_DIR: value })).toThrow(
        /NEXT_DIST_DIR: NEXT_DIST_DIR must be a folder inside apps\/web/,
      )
    },
  )

  it('is in development mode only under next dev', () => {
    expect(readWebEnv({ NODE_ENV: 'development' }).development).toBe(true)
    expect(readWebEnv({ NODE_ENV: 'production' }).development).toBe(false)
    expect(readWebEnv({}).development).toBe(false)
  })
})
