// Keeps README.md's problem tables true: each row's example gives that code, with that message.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  checkPortalLink,
  checkVendorDomain,
  MAX_PORTAL_LINK_LENGTH,
  type PortalLinkContext,
  type PortalLinkProblem,
  type SiteContext,
  type VendorDomainProblem,
} from '../src/index'
import { DOMAIN_PROBLEMS, LINK_PROBLEMS } from './helpers'

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8')

/** The rows of the table under `heading`, as [code, example, message]. */
function tableRows(heading: string): Map<string, [string, string]> {
  const start = readme.indexOf(`### ${heading}`)
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = readme.slice(start).split('\n').slice(1)
  const rows = new Map<string, [string, string]>()
  for (const line of rest) {
    if (line.startsWith('#')) break
    const match = /^\|\s*`([a-z-]+)`\s*\|(.*)\|(.*)\|\s*$/.exec(line)
    // Skip non-rows and the header row (`problem` | example input | message).
    if (match === null || match[1] === 'problem') continue
    const [, code = '', example = '', message = ''] = match
    expect(rows.has(code)).toBe(false)
    rows.set(code, [example.trim(), message.trim()])
  }
  return rows
}

const SITE = { siteHosts: ['clinic.example'] }
const CONTEXT: PortalLinkContext = { ...SITE, vendorDomains: ['mychart.example'] }

/** The value behind each example cell; strings shown in a code span are taken from the README. */
const LINK_VALUES: Partial<
  Record<PortalLinkProblem, { input: unknown; shown: string; context?: PortalLinkContext }>
> = {
  'not-text': { input: 42, shown: 'the number `42`' },
  empty: { input: '   ', shown: 'only spaces' },
  'too-long': {
    input: `https://mychart.example/${'a'.repeat(MAX_PORTAL_LINK_LENGTH)}`,
    shown: 'an address longer than 2,048 characters',
  },
  'no-vendor-domain': {
    input: 'https://mychart.example',
    shown: "`https://mychart.example` while the vendor's only domain is `com`",
    context: { ...SITE, vendorDomains: ['com'] },
  },
  'unreadable-site-host': {
    input: 'https://mychart.example',
    shown: '`https://mychart.example` while a website address is `clinic .example`',
    context: { siteHosts: ['clinic .example'], vendorDomains: ['mychart.example'] },
  },
}
const DOMAIN_VALUES: Partial<
  Record<VendorDomainProblem, { input: unknown; shown: string; context?: SiteContext }>
> = {
  'not-text': { input: null, shown: '`null` (no value)' },
  empty: { input: '', shown: 'an empty box' },
  'unreadable-site-host': {
    input: 'mychart.example',
    shown: '`mychart.example` while a website address is `clinic .example`',
    context: { siteHosts: ['clinic .example'] },
  },
}

/** An example cell that is exactly one code span stands for that string. */
function exampleInput(cell: string, special?: { input: unknown; shown: string }): unknown {
  if (special !== undefined) {
    expect(cell).toBe(special.shown)
    return special.input
  }
  const match = /^`([^`]+)`$/.exec(cell)
  if (match === null) throw new Error(`example cell is not one code span: ${cell}`)
  return match[1]
}

describe('README problem tables', () => {
  const linkRows = tableRows('`checkPortalLink`')
  const domainRows = tableRows('`checkVendorDomain`')

  test('list exactly the problem codes', () => {
    expect([...linkRows.keys()].sort()).toEqual([...LINK_PROBLEMS].sort())
    expect([...domainRows.keys()].sort()).toEqual([...DOMAIN_PROBLEMS].sort())
  })

  test.each([...LINK_PROBLEMS])('checkPortalLink row %s', (code) => {
    const [example, message] = linkRows.get(code) ?? ['', '']
    const special = LINK_VALUES[code]
    const result = checkPortalLink(exampleInput(example, special), special?.context ?? CONTEXT)
    expect(result).toEqual({ ok: false, problem: code, message })
  })

  test.each([...DOMAIN_PROBLEMS])('checkVendorDomain row %s', (code) => {
    const [example, message] = domainRows.get(code) ?? ['', '']
    const special = DOMAIN_VALUES[code]
    const result = checkVendorDomain(exampleInput(example, special), special?.context ?? SITE)
    expect(result).toEqual({ ok: false, problem: code, message })
  })
})
