import type { Rule } from 'sanity'

/**
 * A required field whose empty message says what to type. `Rule.required()` alone would show
 * Sanity's bare "Required", which does not tell an office manager what belongs there.
 */
export function required(message: string) {
  return (rule: Rule) => rule.required().error(message)
}
