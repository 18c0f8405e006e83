import Link from 'next/link'

/** Top of every page: the clinic's name (home) and the way to the portal page. */
export function SiteHeader({ clinicName, portalName }: { clinicName: string; portalName: string }) {
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <Link href="/" className="brand">
          {clinicName}
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list" role="list">
            <li>
              <Link href="/">Home and locations</Link>
            </li>
            <li>
              <Link href="/portal">Patient portal ({portalName})</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
