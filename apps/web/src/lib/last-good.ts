import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ContentProblemsError, formatProblem, type LoadSiteResult } from '@doorway/content'
import type { SiteContent } from '@doorway/content/site'

/**
 * Last good content: a running site never answers an error because of content. Each read for a
 * render goes through `read`; content that passes the check is kept (in memory, and in `file` so
 * a restarted server has it too) and returned, and when a later read fails the check, or the
 * source cannot be reached, the last content that passed is returned instead and the problems are
 * logged once per distinct set. Only when no content ever passed (no file, nothing in memory) does
 * the read fail, as the build would.
 */
export interface LastGood {
  /** Reads content through `load`, falling back to the last good content (see above). */
  read(load: () => Promise<LoadSiteResult>): Promise<SiteContent>
  /** Keeps `content`, which passed the check elsewhere (the build, the webhook's own read). */
  remember(content: SiteContent): void
}

export interface LastGoodOptions {
  /** Where the last good content is kept across restarts; `null` keeps it in memory only. */
  file: string | null
  /** Where a fallback is reported (once per distinct problem); `console.error` by default. */
  log?: (message: string) => void
}

/** A last-good store over `options.file`; one per process is enough (see `published-content.ts`). */
export function createLastGood(options: LastGoodOptions): LastGood {
  const log = options.log ?? ((message: string) => console.error(message))
  let kept: { content: SiteContent; json: string } | null = null
  let lastReported: string | null = null

  function remember(content: SiteContent): void {
    // Problems after a good read are news again, even the same ones.
    lastReported = null
    // The same content again (every page of a build remembers it): nothing to compare or write.
    if (kept?.content === content) return
    const json = JSON.stringify(content)
    if (kept?.json === json) return
    kept = { content, json }
    if (options.file === null) return
    try {
      mkdirSync(dirname(options.file), { recursive: true })
      // Written aside, then renamed: a reader never sees half a file.
      const temp = `${options.file}.${process.pid}.tmp`
      writeFileSync(temp, json)
      renameSync(temp, options.file)
    } catch (error) {
      log(`[doorway] Could not keep the last good content in ${options.file}: ${String(error)}`)
    }
  }

  function fromFile(): SiteContent | null {
    if (options.file === null) return null
    try {
      const content = JSON.parse(readFileSync(options.file, 'utf8')) as SiteContent
      kept = { content, json: JSON.stringify(content) }
      return content
    } catch {
      return null
    }
  }

  async function read(load: () => Promise<LoadSiteResult>): Promise<SiteContent> {
    let failure: { report: string; error: Error }
    try {
      const result = await load()
      if (result.ok) {
        remember(result.content)
        return result.content
      }
      const error = new ContentProblemsError(result.problems)
      failure = { report: result.problems.map(formatProblem).join('\n'), error }
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error))
      failure = { report: `The content source could not be read: ${err.message}`, error: err }
    }
    const fallback = kept?.content ?? fromFile()
    if (fallback === null) throw failure.error
    if (failure.report !== lastReported) {
      lastReported = failure.report
      log(
        `[doorway] The website keeps showing the last good content, because the content read for a page has problems. Fix these in the Studio and publish again:\n${failure.report}`,
      )
    }
    return fallback
  }

  return { read, remember }
}
