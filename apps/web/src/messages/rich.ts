import { createElement, Fragment, type ReactNode } from 'react'

/**
 * A message with elements inside it (a phone link, a `<strong>`, a date): its words and the
 * elements in the language's own order, as one fragment (no keys needed, no JSX in a catalog).
 */
export function rich(...parts: ReactNode[]): ReactNode {
  return createElement(Fragment, null, ...parts)
}

/** Words in bold, inside a rich message. */
export function strong(words: string): ReactNode {
  return createElement('strong', null, words)
}

/** The first letter upper-cased in `locale` ("jueves" → "Jueves" at the start of a line). */
export function capitalize(words: string, locale?: string): string {
  return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1)
}
