/** How often the website's accessibility should be reviewed: once a year. */
export const ACCESSIBILITY_REVIEW_DAYS = 365

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A warning (never an error: the site still builds) when the accessibility statement's review
 * date is more than a year before `now`, in an office manager's words; null otherwise, and for
 * no date or a malformed one (the model says why).
 */
export function accessibilityReviewWarning(lastReviewed: unknown, now: Date): string | null {
  if (typeof lastReviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed)) return null
  const reviewed = Date.parse(`${lastReviewed}T00:00:00Z`)
  if (!Number.isFinite(reviewed)) return null
  const days = Math.floor((now.getTime() - reviewed) / DAY_MS)
  if (days <= ACCESSIBILITY_REVIEW_DAYS) return null
  return `The website was last checked for accessibility more than a year ago (${lastReviewed}). Check it again (for example with a screen reader and a keyboard only), then change this date.`
}
