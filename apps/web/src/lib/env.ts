import 'server-only'
import { readContentEnv } from '@doorway/content'
import { z } from 'zod'

/**
 * The web app's environment, read and validated in this one module. It starts with
 * `import 'server-only'`, so no value here (secrets included) can be bundled for the browser.
 */

const LOCAL_SITE_URL = 'http://localhost:3000'

const secret = (name: string) =>
  z
    .string()
    .trim()
    .min(16, { error: `${name} must be at least 16 characters long; use a long random value.` })
    .optional()

const webEnvSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be the full address of the site, e.g. https://www.yourclinic.org.' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  DRAFT_MODE_SECRET: secret('DRAFT_MODE_SECRET'),
  SANITY_WEBHOOK_SECRET: secret('SANITY_WEBHOOK_SECRET'),
  SANITY_PROJECT_ID: z.string().trim().optional(),
})

export interface WebEnv {
  /** The deployed site's origin, no trailing slash: canonical URLs, sitemap and JSON-LD use it. */
  siteUrl: string
  /** True when SITE_URL was not set and the local default is in use. */
  siteUrlIsDefault: boolean
  /** Secret that turns on Draft Mode in local mode; preview is off without it. */
  draftModeSecret: string | null
  /** Secret Sanity signs webhook calls with; the revalidate route refuses every call without it. */
  sanityWebhookSecret: string | null
  /** Where content comes from (local dataset file or Sanity project), from `@doorway/content`. */
  content: ReturnType<typeof readContentEnv>
}

/** Parses `env` (process.env by default) into the web app's settings, throwing one error that lists every bad variable. */
export function readWebEnv(env: Record<string, string | undefined> = process.env): WebEnv {
  const empty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v)
  const parsed = webEnvSchema.safeParse({
    SITE_URL: empty(env.SITE_URL),
    DRAFT_MODE_SECRET: empty(env.DRAFT_MODE_SECRET),
    SANITY_WEBHOOK_SECRET: empty(env.SANITY_WEBHOOK_SECRET),
    SANITY_PROJECT_ID: empty(env.SANITY_PROJECT_ID),
  })
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  // Sanity mode means a real deployment: its canonical URLs must not silently point at localhost.
  if (parsed.success && parsed.data.SANITY_PROJECT_ID && !parsed.data.SITE_URL) {
    problems.push('SITE_URL: set it to the site’s public address (e.g. https://www.yourclinic.org) when reading a Sanity project.')
  }
  let content: WebEnv['content'] | undefined
  try {
    content = readContentEnv(env)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  if (!parsed.success || problems.length > 0 || content === undefined) {
    throw new Error(`The web app's environment has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
  return {
    siteUrl: parsed.data.SITE_URL ?? LOCAL_SITE_URL,
    siteUrlIsDefault: parsed.data.SITE_URL === undefined,
    draftModeSecret: parsed.data.DRAFT_MODE_SECRET ?? null,
    sanityWebhookSecret: parsed.data.SANITY_WEBHOOK_SECRET ?? null,
    content,
  }
}

let cached: WebEnv | undefined

/** The process's environment, parsed once. */
export function webEnv(): WebEnv {
  cached ??= readWebEnv()
  return cached
}
