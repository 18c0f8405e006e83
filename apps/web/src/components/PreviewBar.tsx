import { DEFAULT_LANGUAGE } from '@doorway/languages'
import { messagesFor } from '@/messages'
import { ExitPreviewLink } from './ExitPreviewLink'
import styles from './preview.module.css'

/** The bar shown on every page while Draft Mode is on, so nobody mistakes drafts for the live site. */
export function PreviewBar({ language = DEFAULT_LANGUAGE }: { language?: string }) {
  const t = messagesFor(language).preview
  return (
    <aside className={styles.bar} aria-label={t.barLabel}>
      <p className={styles.barText}>
        <strong>{t.bar}</strong> {t.barRest}{' '}
        <ExitPreviewLink className={styles.exit}>{t.exit}</ExitPreviewLink>
      </p>
    </aside>
  )
}
