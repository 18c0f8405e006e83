/** The two rule methods `required` uses; every Sanity rule type (StringRule, ReferenceRule...) has them. */
interface RequirableRule<R> {
  required(): R
  error(message: string): R
}

/**
 * A required field whose empty message says what to type. `Rule.required()` alone would show
 * Sanity's bare "Required", which does not tell an office manager what belongs there.
 */
export function required(message: string) {
  return <R extends RequirableRule<R>>(rule: R): R => rule.required().error(message)
}
