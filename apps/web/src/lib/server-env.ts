import { readWebEnv, type WebEnv } from './env-schema'

let cached: WebEnv | undefined

/**
 * The process's environment, parsed once. App Router code reaches it through `env.ts`
 * (`server-only`); the published pages' `getStaticProps` through `published-content.ts`.
 */
export function webEnv(): WebEnv {
  cached ??= readWebEnv()
  return cached
}
