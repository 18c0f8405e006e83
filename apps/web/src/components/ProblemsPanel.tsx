import type { ContentProblem } from '@doorway/content'
import { DOCUMENT_TYPE_NAMES } from '@doorway/content/model'
import styles from './preview.module.css'

/**
 * In Draft Mode, content that would fail a build is listed here instead of breaking the page, so
 * an editor sees which document and field to correct.
 */
export function ProblemsPanel({ problems }: { problems: readonly ContentProblem[] }) {
  if (problems.length === 0) return null
  const count = problems.length === 1 ? '1 thing needs' : `${problems.length} things need`
  return (
    <section className={styles.problems} aria-labelledby="preview-problems-heading">
      <h2 id="preview-problems-heading" className={styles.problemsHeading}>
        This draft cannot be published yet: {count} fixing
      </h2>
      <p>Patients still see the last published version. Fix these in the Studio, then publish.</p>
      <ul className={styles.problemList}>
        {problems.map((problem) => (
          <li key={`${problem.documentId} ${problem.path} ${problem.message}`}>
            <dl className={styles.problem}>
              <dt>Document</dt>
              <dd>
                {problem.documentType === null ? 'Dataset' : documentTypeName(problem.documentType)}
                {problem.documentTitle ? `: ${problem.documentTitle}` : ''}{' '}
                <code>({problem.documentId})</code>
              </dd>
              <dt>Field</dt>
              <dd>
                <code>{problem.path === '' ? '(the whole document)' : problem.path}</code>
              </dd>
              <dt>Fix</dt>
              <dd>{problem.message}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** "Support contact" for `supportContact`; an unknown type as it is written. */
function documentTypeName(type: string): string {
  const name = (DOCUMENT_TYPE_NAMES as Record<string, { one: string } | undefined>)[type]?.one
  return name === undefined ? type : name.charAt(0).toUpperCase() + name.slice(1)
}
