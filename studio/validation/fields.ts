import { defineField, type CustomValidator, type StringRule } from 'sanity'

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

/** Whether a text value holds only spaces (or line breaks), which the content model treats as empty. */
export function isBlankText(value: unknown): boolean {
  // "" is `required()`'s to refuse; counting it here too would show the message twice.
  return typeof value === 'string' && value !== '' && value.trim() === ''
}

/**
 * A required text field (string or text) that also refuses text of only spaces. Sanity's
 * `required()` lets "   " through, while the content model trims text and then finds it empty,
 * so without this the Studio would publish what the website build refuses.
 */
export function requiredText(message: string) {
  return (rule: StringRule) => [
    rule.required().error(message),
    rule.custom((value) => (isBlankText(value) ? message : true)),
  ]
}

/**
 * The `language` field of a tagline and of a site language: a required language code, then
 * `validator` on the code; `description` says what it is for.
 */
export function languageField(description: string, validator: CustomValidator<string | undefined>) {
  return defineField({
    name: 'language',
    title: 'Language',
    type: 'string',
    description,
    validation: (rule: StringRule) => [
      rule.required().error('Type a language code, for example es for Spanish.'),
      rule.custom(validator),
    ],
  })
}
