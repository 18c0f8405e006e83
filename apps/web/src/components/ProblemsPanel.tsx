import { DEFAULT_LANGUAGE } from '@doorway/languages'
import type { ContentProblem } from '@doorway/content'
import { isDocumentType } from '@doorway/content/model'
import { messagesFor } from '@/messages'
import styles from './preview.module.css'

/**
 * In Draft Mode, content that would fail a build is listed here instead of breaking the page, so
 * an editor sees which document and field to correct.
 */
export function ProblemsPanel({
  problems,
  language = DEFAULT_LANGUAGE,
}: {
  problems: readonly ContentProblem[]
  /** The language of the panel's own words (the problems are worded by the content check). */
  language?: string
}) {
  if (problems.length === 0) return null
  const t = messagesFor(language).preview
  return (
    <section className={styles.problems} aria-labelledby="preview-problems-heading">
      <h2 id="preview-problems-heading" className={styles.problemsHeading}>
        {t.problemsHeading(problems.length)}
      </h2>
      <p>{t.problemsIntro}</p>
      <ul className={styles.problemList}>
        {problems.map((problem) => (
          <li key={`${problem.documentId} ${problem.path} ${problem.message}`}>
            <dl className={styles.problem}>
              <dt>{t.document}</dt>
              <dd>
                {problem.documentType === null
                  ? t.dataset
                  : isDocumentType(problem.documentType)
                    ? t.documentType(problem.documentType)
                    : problem.documentType}
                {problem.documentTitle ? `: ${problem.documentTitle}` : ''}{' '}
                <code>({problem.documentId})</code>
              </dd>
              <dt>{t.field}</dt>
              <dd>
                <code>{problem.path === '' ? t.wholeDocument : problem.path}</code>
              </dd>
              <dt>{t.fix}</dt>
              <dd>{problem.message}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  )
}
