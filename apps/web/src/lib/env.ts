import 'server-only'

export { readWebEnv, type WebEnv } from './env-schema'
export { webEnv } from './server-env'
