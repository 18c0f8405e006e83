// The budgets from issue 7, evaluated against whatever sections ran.

/** Each budget: its wording and a check over the results. A section that did not run is skipped. */
export function evaluateBudgets(r) {
  const out = []
  const add = (id, budget, measured, ok) => out.push({ id, budget, measured, ok })

  if (r.weight) {
    const portal = r.weight.pages.find((p) => p.path === '/portal')
    const floor = r.weight.floor
    if (portal && floor) {
      const ratio = portal.jsBytes / floor.jsBytes
      add(
        'portal-js',
        '`/portal` JavaScript ≤ 1.10 × the floor',
        `${ratio.toFixed(2)} ×`,
        ratio <= 1.1,
      )
    } else {
      add('portal-js', '`/portal` JavaScript ≤ 1.10 × the floor', 'not measured', false)
    }
  }

  if (r.lighthouse) {
    for (const page of r.lighthouse.pages) {
      const m = page.median
      add(
        'lh-performance',
        `Lighthouse performance ≥ 0.98 on \`${page.path}\``,
        fmtScore(m.performance),
        m.performance >= 0.98,
      )
      for (const [key, label] of [
        ['accessibility', 'accessibility'],
        ['bestPractices', 'best practices'],
        ['seo', 'SEO'],
      ]) {
        add(
          `lh-${key}`,
          `Lighthouse ${label} = 1.00 on \`${page.path}\``,
          fmtScore(m[key]),
          m[key] === 1,
        )
      }
    }
  }

  if (r.scaling) {
    for (const b of r.scaling.builds) {
      add(
        'queries',
        `One content query per build (${b.locations} locations)`,
        b.queries === null ? 'not counted (counter not wired)' : String(b.queries),
        b.queries === 1,
      )
    }
    const small = r.scaling.builds.find((b) => b.locations === 3)
    const big = r.scaling.builds.find((b) => b.locations === 1000)
    if (small && big) {
      const ratio = big.wallMs / small.wallMs
      add(
        'scaling',
        '1,000-location build ≤ 3 × the 3-location build (wall time)',
        `${ratio.toFixed(2)} ×`,
        ratio <= 3,
      )
    }
  }

  if (r.publish) {
    const p95 = r.publish.p95Ms
    add(
      'publish',
      'Publish-to-live p95 ≤ 2 s',
      p95 == null ? 'not measured' : `${(p95 / 1000).toFixed(2)} s`,
      p95 != null && p95 <= 2000,
    )
  }

  if (r.load) {
    const errors = r.load.next?.errors
    add(
      'load-errors',
      'Zero errors under load (`next start`, `/portal`)',
      errors == null ? 'not measured' : String(errors),
      errors === 0,
    )
  }
  return out
}

function fmtScore(s) {
  return s == null ? 'n/a' : s.toFixed(2)
}
