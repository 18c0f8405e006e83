import { readContentEnv } from '@doorway/content'
import { z } from 'zod'

/**
 * The web app's environment, parsed and validated in this one module. Server code reaches it
 * through `env.ts` (which starts with `import 'server-only'`, so no value can be bundled for the
 * browser); `next.config.ts` parses it directly, so a bad variable stops the build at once.
 * This file cannot say `server-only` itself (next.config.ts runs outside React's server build),
 * so the lint rule `client-boundary/no-server-modules-in-client` keeps `'use client'` files from
 * importing it, and with it the read token.
 */

const LOCAL_SITE_URL = 'http://localhost:3000'

const secret = (name: string) =>
  z
    .string()
    .trim()
    .min(16, { error: `${name} must be at least 16 characters long; use a long random value.` })
    .optional()

// SITE_URL and the SANITY_* settings are the content package's to read (`readContentEnv`).
const webEnvSchema = z.object({
  DRAFT_MODE_SECRET: secret('DRAFT_MODE_SECRET'),
  SANITY_WEBHOOK_SECRET: secret('SANITY_WEBHOOK_SECRET'),
  // A folder inside apps/web: Next cleans it on every build, so it must never point elsewhere.
  NEXT_DIST_DIR: z
    .string()
    .trim()
    .regex(/^(?!\/)(?!(.*\/)?\.\.(\/|$))[\w./-]+$/, {
      error:
        'NEXT_DIST_DIR must be a folder inside apps/web (letters, digits, ".", "-", "_", "/"; no ".."), e.g. .next-preview.',
    })
    .optional(),
  NEXT_OUTPUT: z
    .enum(['standalone'], {
      error:
        'NEXT_OUTPUT must be "standalone" (a self-contained server in .next/standalone) or unset.',
    })
    .optional(),
  SANITY_STUDIO_URL: z
    .url({
      protocol: /^https?$/,
      error:
        'SANITY_STUDIO_URL must be the full address of your Studio, e.g. https://yourclinic.sanity.studio.',
    })
    .transform((url) => new URL(url).origin)
    .optional(),
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
  /**
   * Origin of the Sanity Studio whose Presentation tool may show the site in a frame, and only
   * in Draft Mode; every other response forbids framing.
   */
  studioOrigin: string | null
  /** Next's build output folder (`NEXT_DIST_DIR`, default `.next`), relative to apps/web. */
  distDir: string
  /** `standalone` to build a self-contained server (`NEXT_OUTPUT`), null for `next start`. */
  output: 'standalone' | null
  /** True under `next dev` (Next sets `NODE_ENV`): the CSP then allows what its dev tools need. */
  development: boolean
  /** Where content comes from (local dataset file or Sanity project), from `@doorway/content`. */
  content: ReturnType<typeof readContentEnv>
}

/** Parses `env` (process.env by default) into the web app's settings, throwing one error that lists every bad variable. */
export function readWebEnv(env: Record<string, string | undefined> = process.env): WebEnv {
  const empty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v)
  const problems: string[] = []
  let content: WebEnv['content'] | undefined
  try {
    content = readContentEnv(env)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  const parsed = webEnvSchema.safeParse({
    DRAFT_MODE_SECRET: empty(env.DRAFT_MODE_SECRET),
    SANITY_WEBHOOK_SECRET: empty(env.SANITY_WEBHOOK_SECRET),
    SANITY_STUDIO_URL: empty(env.SANITY_STUDIO_URL),
    NEXT_DIST_DIR: empty(env.NEXT_DIST_DIR),
    NEXT_OUTPUT: empty(env.NEXT_OUTPUT),
  })
  if (!parsed.success)
    problems.push(
      ...parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    )
  // Sanity mode means a real deployment: its canonical URLs must not silently point at localhost.
  if (content?.mode === 'sanity' && content.siteUrl === undefined) {
    problems.push(
      'SITE_URL: set it to the site’s public address (e.g. https://www.yourclinic.org) when reading a Sanity project.',
    )
  }
  if (!parsed.success || problems.length > 0 || content === undefined) {
    throw new Error(
      `The web app's environment has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
  }
  return {
    // Already an origin without a trailing slash: `@doorway/content` parses SITE_URL.
    siteUrl: content.siteUrl ?? LOCAL_SITE_URL,
    siteUrlIsDefault: content.siteUrl === undefined,
    draftModeSecret: parsed.data.DRAFT_MODE_SECRET ?? null,
    sanityWebhookSecret: parsed.data.SANITY_WEBHOOK_SECRET ?? null,
    studioOrigin: parsed.data.SANITY_STUDIO_URL ?? null,
    distDir: parsed.data.NEXT_DIST_DIR ?? '.next',
    output: parsed.data.NEXT_OUTPUT ?? null,
    development: env.NODE_ENV === 'development',
    content,
  }
}
