/**
 * Structured data for search engines. `type="application/ld+json"` is a data block the browser
 * never executes, so the CSP's script-src does not apply to it.
 */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
