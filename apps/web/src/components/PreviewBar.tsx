import styles from './preview.module.css'

/** Where the bar's exit link goes: the route that turns Draft Mode off. */
export const EXIT_PREVIEW_HREF = '/api/draft-mode/disable'

/**
 * The bar shown on every page while Draft Mode is on, so nobody mistakes drafts for the live site.
 * A plain `<a>`, not next/link: prefetching the exit route would switch preview off by itself.
 */
export function PreviewBar() {
  return (
    <aside className={styles.bar} aria-label="Preview">
      <p className={styles.barText}>
        <strong>Previewing drafts</strong> — patients do not see this version.{' '}
        <a className={styles.exit} href={EXIT_PREVIEW_HREF}>
          Exit preview
        </a>
      </p>
    </aside>
  )
}
