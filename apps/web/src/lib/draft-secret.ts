import { createHash, timingSafeEqual } from 'node:crypto'

// Hashing both sides first gives two 32-byte buffers, so timingSafeEqual never throws on a length
// mismatch and the comparison time says nothing about the secret's length.
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/**
 * True only when a secret is configured and `given` equals it; compared in constant time.
 */
export function draftSecretMatches(given: string | null | undefined, expected: string | undefined): boolean {
  if (typeof expected !== 'string' || expected.length === 0) return false
  if (typeof given !== 'string' || given.length === 0) return false
  return timingSafeEqual(digest(given), digest(expected))
}
