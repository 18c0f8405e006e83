import type { z } from 'zod'
import { DOCUMENT_TYPE_NAMES, isDocumentType } from './model'
import type { RuleResult } from './rules'
import type { SiteContent } from './site'

/** One thing wrong with the content, named so an office manager can find and fix it. */
export interface ContentProblem {
  /** The document's `_id`, or `dataset` for a problem with the dataset as a whole. */
  documentId: string
  /** The document's name, where it has one. */
  documentTitle: string | null
  /** The document's `_type`, or `null` for a problem with the dataset as a whole. */
  documentType: string | null
  /** Dotted field path; array items by `_key`, e.g. `portal.triage[code].contact`. Empty for the whole document. */
  path: string
  /** What is wrong and how to fix it, in plain words. */
  message: string
}

export type CheckResult =
  { ok: true; content: SiteContent } | { ok: false; problems: ContentProblem[] }

/** `documentId` of problems that concern the dataset as a whole. */
export const DATASET_PROBLEM_ID = 'dataset'

/**
 * One line per problem, naming the document as an office manager knows it:
 * `clinic "Maple Grove Pediatrics" › portal.signInUrl: This address is…`.
 */
export function formatProblem(problem: ContentProblem): string {
  const name = problem.documentTitle ?? problem.documentId
  const type = problem.documentType
  // An unknown type is shown as stored.
  const who =
    type === null
      ? name
      : `${isDocumentType(type) ? DOCUMENT_TYPE_NAMES[type].one : type} "${name}"`
  return `${who}${problem.path === '' ? '' : ` › ${problem.path}`}: ${problem.message}`
}

/** Thrown when content fails `check` where a page needs it; its message lists every problem. */
export class ContentProblemsError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(
      `The content has ${count}, so nothing was published:\n${problems.map(formatProblem).join('\n')}`,
    )
    this.name = 'ContentProblemsError'
    this.problems = problems
  }
}

export type Path = readonly (string | number)[]
export type RawObject = Record<string, unknown>

export const isObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The raw value at `path`, or undefined where the path leaves the document. */
export const get = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((cursor, key) => {
    if (typeof key === 'number') return Array.isArray(cursor) ? cursor[key] : undefined
    return isObject(cursor) ? cursor[key] : undefined
  }, value)

/** Dotted path with array items named by `_key` where the raw item has one, else by index. */
function formatPath(path: Path, root: unknown): string {
  let out = ''
  let cursor: unknown = root
  path.forEach((segment, index) => {
    // A reference is one field to an editor: report `portal.vendor`, not `portal.vendor._ref`.
    if (segment === '_ref' && index === path.length - 1) return
    if (typeof segment === 'number') {
      const item: unknown = Array.isArray(cursor) ? cursor[segment] : undefined
      out += isObject(item) && typeof item._key === 'string' ? `[${item._key}]` : `[${segment}]`
      cursor = item
    } else {
      out += out === '' ? segment : `.${segment}`
      cursor = isObject(cursor) ? cursor[segment] : undefined
    }
  })
  return out
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
}

/** Plain-words messages for zod issues the model does not word itself. */
function plainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is missing. Fill it in.'
      return `This should be ${KIND[issue.expected] ?? 'something else'}. Fill it in again in the Studio.`
    case 'too_small':
      if (issue.origin === 'string') return 'This is empty. Fill it in.'
      if (issue.origin === 'array') return `Add at least ${String(issue.minimum)}.`
      return `Use a value of at least ${String(issue.minimum)}.`
    case 'too_big':
      if (issue.origin === 'string') return 'This is too long. Shorten it.'
      if (issue.origin === 'array') return `Keep at most ${String(issue.maximum)}.`
      return `Use a value of at most ${String(issue.maximum)}.`
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}.`
    default:
      return 'The website cannot use this value as it is. Open this field in the Studio and enter it again.'
  }
}

const idOf = (doc: RawObject | null) =>
  doc === null ? DATASET_PROBLEM_ID : typeof doc._id === 'string' ? doc._id : '(no id)'

/** What names one field of one document among problems (one problem per field). */
export const fieldKey = (doc: RawObject, path: Path): string =>
  `${idOf(doc)}\u0000${formatPath(path, doc)}`

/**
 * The problems of one check, one per document field: a rule never repeats what the model
 * already said. `parse` and `at` record what fails and return the parsed value, so the content
 * is built from the very values the rules returned.
 */
export class Problems {
  constructor(
    private readonly list: ContentProblem[] = [],
    private readonly seen = new Set<string>(),
    private readonly only?: {
      prefix: string
      fields: ReadonlySet<string>
      english: ReadonlyMap<unknown, RawObject>
    },
  ) {}

  /**
   * A view of these problems for checking a language's edition: it records only problems at
   * `fields` (the `fieldKey`s of the language's own texts; the rest was checked in English), each
   * message led by `prefix` ("Spanish: "), each document named as in `english`, its English edition.
   */
  edition(prefix: string, fields: ReadonlySet<string>, english: readonly RawObject[]): Problems {
    const byId = new Map(english.map((doc) => [doc._id, doc]))
    return new Problems(this.list, this.seen, { prefix, fields, english: byId })
  }

  get empty(): boolean {
    return this.list.length === 0
  }

  add(edition: RawObject | null, path: Path, message: string): void {
    const doc = edition === null ? null : (this.only?.english.get(edition._id) ?? edition)
    const documentId = idOf(doc)
    const formatted = doc === null ? '' : formatPath(path, doc)
    const key = doc === null ? `${documentId}\u0000` : fieldKey(doc, path)
    if (this.only !== undefined) {
      if (!this.only.fields.has(key)) return
      message = `${this.only.prefix}${message}`
    }
    // One problem per field and language.
    const seen = `${this.only?.prefix ?? ''}${key}`
    if (this.seen.has(seen)) return
    this.seen.add(seen)
    this.list.push({
      documentId,
      documentTitle:
        doc !== null && typeof doc.name === 'string' && doc.name.trim() !== ''
          ? doc.name.trim()
          : null,
      documentType: doc === null ? null : typeof doc._type === 'string' ? doc._type : null,
      path: formatted,
      message,
    })
  }

  /** `doc` parsed by its zod schema, or null after recording every issue. */
  parse<T>(doc: RawObject, schema: z.ZodType<T>): T | null {
    const result = schema.safeParse(doc, { error: plainMessage })
    if (result.success) return result.data
    for (const issue of result.error.issues) this.add(doc, issue.path as Path, issue.message)
    return null
  }

  /**
   * `rule` applied to the value at `path` in `doc`: its value, null when it failed (recorded),
   * or undefined when the field is absent (a required field missing is the model's to report).
   */
  at<T>(doc: RawObject, path: Path, rule: (value: unknown) => RuleResult<T>): T | null | undefined {
    const value = get(doc, ...path)
    if (value === undefined) return undefined
    const result = rule(value)
    if (result.ok) return result.value
    this.add(doc, path, result.message)
    return null
  }

  /** Every problem, in document order (`documents`), whatever rule found it; the dataset's first. */
  sorted(documents: readonly RawObject[]): ContentProblem[] {
    const rank = new Map<string, number>()
    documents.forEach((doc, i) => {
      if (typeof doc._id === 'string' && !rank.has(doc._id)) rank.set(doc._id, i)
    })
    const rankOf = (p: ContentProblem) =>
      p.documentType === null ? -1 : (rank.get(p.documentId) ?? Infinity)
    return [...this.list].sort((a, b) => rankOf(a) - rankOf(b))
  }
}
