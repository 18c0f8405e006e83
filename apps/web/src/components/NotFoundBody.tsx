import Link from 'next/link'

/** The 404's own content, inside the site chrome. */
export function NotFoundBody() {
  return (
    <>
      <h1>We cannot find that page</h1>
      <p>The address may be mistyped, or the page may have moved.</p>
      <ul className="link-list" role="list">
        <li>
          <Link href="/">Go to the home page and our locations</Link>
        </li>
        <li>
          <Link href="/portal">Go to the patient portal page</Link>
        </li>
      </ul>
    </>
  )
}
