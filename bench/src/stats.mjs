// Small, dependency-free statistics used by every measurement.

/**
 * Median of a list of numbers (mean of the two middle values for an even count).
 * @param {number[]} values
 */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  const at = (/** @type {number} */ i) => /** @type {number} */ (s[i])
  return s.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

/**
 * Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values at or below it.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const s = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * s.length))
  return /** @type {number} */ (s[Math.min(rank, s.length) - 1])
}

/**
 * Formats a byte count as KiB with one decimal, e.g. `12.3 KiB`.
 * @param {number | null | undefined} bytes
 */
export function kib(bytes) {
  if (bytes == null || Number.isNaN(bytes)) return 'n/a'
  return `${(bytes / 1024).toFixed(1)} KiB`
}

/**
 * Formats milliseconds as seconds with the given number of decimals.
 * @param {number | null | undefined} ms
 */
export function secs(ms, digits = 1) {
  if (ms == null || Number.isNaN(ms)) return 'n/a'
  return `${(ms / 1000).toFixed(digits)} s`
}

/**
 * Formats a byte count as MiB with no decimals.
 * @param {number | null | undefined} bytes
 */
export function mib(bytes) {
  if (bytes == null || Number.isNaN(bytes)) return 'n/a'
  return `${Math.round(bytes / 1024 / 1024)} MiB`
}

/**
 * Formats milliseconds rounded to whole ones, e.g. `412 ms`.
 * @param {number | null | undefined} v
 */
export const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`)

/**
 * Formats a Lighthouse score with two decimals.
 * @param {number | null | undefined} s
 */
export const score = (s) => (s == null ? 'n/a' : s.toFixed(2))
