// Small, dependency-free statistics used by every measurement.

/** Median of a list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values at or below it. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const s = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * s.length))
  return s[Math.min(rank, s.length) - 1]
}

/** Formats a byte count as KiB with one decimal, e.g. `12.3 KiB`. */
export function kib(bytes) {
  if (bytes == null || Number.isNaN(bytes)) return 'n/a'
  return `${(bytes / 1024).toFixed(1)} KiB`
}

/** Formats milliseconds as seconds with the given number of decimals. */
export function secs(ms, digits = 1) {
  if (ms == null || Number.isNaN(ms)) return 'n/a'
  return `${(ms / 1000).toFixed(digits)} s`
}

/** Formats a byte count as MiB with no decimals. */
export function mib(bytes) {
  if (bytes == null || Number.isNaN(bytes)) return 'n/a'
  return `${Math.round(bytes / 1024 / 1024)} MiB`
}
