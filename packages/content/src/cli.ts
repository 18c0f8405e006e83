import { parseArgs } from 'node:util'
import { DATASET_PROBLEM_ID, formatProblem } from './check'
import { readContentEnv, readDatasetFileEnv } from './env'
import { loadSite } from './load'
import { accessibilityReviewWarning } from './accessibility'
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from './model'
import { officeTextsByPage, READING_GRADE_LIMIT, readingLevel } from './reading-level'

const USAGE = `Usage: doorway-content check [--dataset FILE] [--json] [--drafts]

Checks the site's content and lists every problem, or says "No problems found."; then prints
warnings that do not stop a build (an accessibility review more than a year old) and the
reading level (Flesch-Kincaid grade) of the texts written for each page.
  --dataset FILE  check this dataset file (.ndjson or .tar.gz) instead of the configured source
  --json          print the problems as a JSON array of {documentId, path, message}
  --drafts        check the drafts perspective (what preview shows) instead of published content
Exits 0 when there is no problem, 1 when there is any, 2 on a usage error.`

function usageError(what: string | undefined): number {
  console.error(`${what}\n\n${USAGE}`)
  return 2
}

function printJson(problems: { documentId: string; path: string; message: string }[]): void {
  const out = problems.map(({ documentId, path, message }) => ({ documentId, path, message }))
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
}

/** Runs the `doorway-content` command with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dataset: { type: 'string' },
        json: { type: 'boolean' },
        drafts: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    // parseArgs explains at length; its first sentence ("Unknown option '--x'.") is the useful part.
    return usageError((error as Error).message.split(/(?<=\.) /)[0])
  }
  const { values, positionals } = args
  if (values.help === true) {
    console.info(USAGE)
    return 0
  }
  if (positionals.length !== 1 || positionals[0] !== 'check') {
    return usageError(
      positionals.length === 0 ? 'No command given.' : `Unknown command: ${positionals.join(' ')}`,
    )
  }

  const perspective = values.drafts === true ? 'drafts' : 'published'
  try {
    // A file given on the command line needs no source settings, only SITE_URL.
    const env = values.dataset === undefined ? readContentEnv() : readDatasetFileEnv(values.dataset)
    const loaded = await loadSite({ env, perspective })
    const problems = loaded.ok ? [] : loaded.problems
    const n = problems.length
    if (values.json === true) {
      printJson(problems)
      return n === 0 ? 0 : 1
    }
    for (const problem of problems) console.info(formatProblem(problem))
    const counts = DOCUMENT_TYPES.map((type) => {
      const count = loaded.counts[type]
      return `${count} ${DOCUMENT_TYPE_NAMES[type][count === 1 ? 'one' : 'many']}`
    })
    console.info(`\nChecked ${loaded.source} (${perspective}): ${counts.join(', ')}.`)
    if (loaded.ok) {
      const { clinic } = loaded.content
      const review = accessibilityReviewWarning(clinic.accessibility.lastReviewed, new Date())
      if (review !== null) {
        console.info(`Warning: clinic "${clinic.name}" › accessibility.lastReviewed: ${review}`)
      }
      const grades = officeTextsByPage(loaded.content).map(({ path, texts }) => {
        const level = readingLevel(texts)
        return `${path} grade ${level === null ? 'n/a' : level.grade.toFixed(1)}`
      })
      console.info(
        `Reading level of the texts you wrote (aim for grade ${READING_GRADE_LIMIT} or below): ${grades.join(', ')}.`,
      )
    }
    console.info(
      n === 0
        ? 'No problems found.'
        : `${n} ${n === 1 ? 'problem' : 'problems'}. Fix ${n === 1 ? 'it' : 'them'} and run the check again.`,
    )
    return n === 0 ? 0 : 1
  } catch (error) {
    const message = (error as Error).message
    // A source that cannot be read is one problem with the dataset as a whole.
    if (values.json === true) printJson([{ documentId: DATASET_PROBLEM_ID, path: '', message }])
    else console.error(message)
    return 1
  }
}
