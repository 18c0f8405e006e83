import { ExitPreviewLink } from './ExitPreviewLink'
import styles from './preview.module.css'

/** The bar shown on every page while Draft Mode is on, so nobody mistakes drafts for the live site. */
export function PreviewBar() {
  return (
    <aside className={styles.bar} aria-label="Preview">
      <p className={styles.barText}>
        <strong>Previewing drafts</strong> — patients do not see this version.{' '}
        <ExitPreviewLink className={styles.exit} />
      </p>
    </aside>
  )
}
