import 'server-only'
import { readWebEnv, type WebEnv } from './env-schema'

export { readWebEnv, type WebEnv } from './env-schema'

let cached: WebEnv | undefined

/** The process's environment, parsed once. */
export function webEnv(): WebEnv {
  cached ??= readWebEnv()
  return cached
}
