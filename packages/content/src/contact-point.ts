import { get, type Problems, type RawObject } from './problems'
import { checkEmail, checkPhone } from './rules'

const optionalText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/**
 * An optional person to contact, kept as three optional fields `<prefix>Name`, `<prefix>Phone`
 * and `<prefix>Email` of the object at `at` (the Section 1557 coordinator, the accessibility
 * contact). Null when all three are empty; a phone or email that is there must be valid.
 */
export function checkContactPoint(raw: RawObject, problems: Problems, at: string, prefix: string) {
  const name = optionalText(get(raw, at, `${prefix}Name`))
  const rawPhone = optionalText(get(raw, at, `${prefix}Phone`))
  const phone = rawPhone === null ? null : problems.at(raw, [at, `${prefix}Phone`], checkPhone)
  const rawEmail = optionalText(get(raw, at, `${prefix}Email`))
  const email = rawEmail === null ? null : problems.at(raw, [at, `${prefix}Email`], checkEmail)
  if (name === null && rawPhone === null && rawEmail === null) return null
  return { name, phone: phone ?? null, email: email ?? null }
}
