import { appendFileSync } from 'node:fs'
import type { ContentSource } from './sources'

/**
 * When `logFile` (`DOORWAY_QUERY_LOG`, read by `readContentEnv`) names a file, every content query appends one line to it, so the bench
 * can count the queries a build issues (budget: one per build). Appending keeps each line whole
 * even when several build workers write at once.
 */
export function withQueryLog(source: ContentSource, logFile: string | undefined): ContentSource {
  if (logFile === undefined || logFile === '') return source
  return {
    description: source.description,
    fetchSite(perspective, options) {
      appendFileSync(
        logFile,
        `${new Date().toISOString()} pid=${process.pid} perspective=${perspective} source=${source.description}\n`,
      )
      return source.fetchSite(perspective, options)
    },
  }
}
