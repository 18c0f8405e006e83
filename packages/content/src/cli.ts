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

/** Runs the `doorway-content` command with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>
  try {
    args = parse(argv)
  } catch (error) {
    // parseArgs explains at length; its first sentence ("Unknown option '--x'.") is the useful part.
    const first = (error as Error).message.split(/(?<=\.) /)[0]
    console.error(`${first}\n\n${USAGE}`)
    return 2
  }
  if (args.values.help === true) {
    console.info(USAGE)
    return 0
  }
  if (args.positionals.length !== 1 || args.positionals[0] !== 'check') {
    const what =
      args.positionals.length === 0
        ? 'No command given.'
        : `Unknown command: ${args.positionals.join(' ')}`
    console.error(`${what}\n\n${USAGE}`)
    return 2
  }

  const json = args.values.json === true
  try {
    // A file given on the command line needs no source settings, only SITE_URL.
    const env =
      args.values.dataset === undefined ? readContentEnv() : readDatasetFileEnv(args.values.dataset)
    const loaded = await loadSite({
      env,
      perspective: args.values.drafts === true ? 'drafts' : 'published',
    })
    const problems = loaded.ok ? [] : loaded.problems

    if (json) {
      const out = problems.map(({ documentId, path, message }) => ({ documentId, path, message }))
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
      return problems.length === 0 ? 0 : 1
    }
    for (const problem of problems) console.info(formatProblem(problem))
    const counts = DOCUMENT_TYPES.map((type) => {
      const n = loaded.counts[type]
      return `${n} ${n === 1 ? DOCUMENT_TYPE_NAMES[type].one : DOCUMENT_TYPE_NAMES[type].many}`
    }).join(', ')
    console.info(
      `\nChecked ${loaded.source} (${args.values.drafts === true ? 'drafts' : 'published'}): ${counts}.`,
    )
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
      problems.length === 0
        ? 'No problems found.'
        : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}. Fix ${problems.length === 1 ? 'it' : 'them'} and run the check again.`,
    )
    return problems.length === 0 ? 0 : 1
  } catch (error) {
    const message = (error as Error).message
    // A source that cannot be read is one problem with the dataset as a whole.
    if (json) {
      const out = [{ documentId: DATASET_PROBLEM_ID, path: '', message }]
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    } else {
      console.error(message)
    }
    return 1
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      dataset: { type: 'string' },
      json: { type: 'boolean' },
      drafts: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
