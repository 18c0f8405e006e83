import { list, portalAddressRule, present, type CheckedVendor, type References } from './documents'
import type { ClinicDocument } from './model'
import { get, type Path, type Problems, type RawObject } from './problems'
import { checkWebPageLink } from './rules'
import type { PortalInfo, SupportContact } from './site'

/** What the help topics and the other portals become, from the checked contacts by id. */
export type HelpBuild = (
  contacts: ReadonlyMap<string, SupportContact>,
) => Pick<PortalInfo, 'useThisIf' | 'otherPortals' | 'help'>

/**
 * The rules of the portal's help topics and of "Which portal is mine?": each portal link (the
 * password reset page, the bill-pay page, each other portal's sign-in) passes
 * `@doorway/portal-link` against its own vendor's domains, exactly as the sign-in address does;
 * the records form is an ordinary https page (`checkWebPageLink`); each "whom to call" resolves
 * to a support contact.
 */
export function checkHelpTopics(
  raw: RawObject,
  doc: ClinicDocument | null,
  portalVendor: CheckedVendor | null | undefined,
  siteHosts: string[],
  references: References,
  problems: Problems,
): HelpBuild {
  const href = portalAddressRule(raw, siteHosts, problems)
  const contactAt = (path: Path) => problems.at(raw, [...path, '_ref'], references.contact)
  const vendorAt = (path: Path) => problems.at(raw, [...path, '_ref'], references.vendor)
  const topics = ['portal', 'helpTopics'] as const

  const others = list(get(raw, 'portal', 'otherPortals')).map((_, i) => {
    const vendor = vendorAt(['portal', 'otherPortals', i, 'vendor'])
    const signIn = href(['portal', 'otherPortals', i, 'signInUrl'], 'sign-in address', vendor)
    return { vendor, signIn }
  })
  const testResultsContact = contactAt([...topics, 'testResults', 'contact'])
  const resetContact = contactAt([...topics, 'passwordReset', 'contact'])
  const reset = href(
    [...topics, 'passwordReset', 'resetUrl'],
    'password reset address',
    portalVendor,
  )
  const billsContact = contactAt([...topics, 'bills', 'contact'])
  // Bills may be paid with another company than the portal's; unnamed, it is the portal's vendor.
  const namesPayVendor = get(raw, ...topics, 'bills', 'payOnlineVendor') !== undefined
  const payVendor = namesPayVendor
    ? vendorAt([...topics, 'bills', 'payOnlineVendor'])
    : portalVendor
  const payOnline = href([...topics, 'bills', 'payOnlineUrl'], 'bill-pay address', payVendor)
  const recordsContact = contactAt([...topics, 'records', 'contact'])
  const form = problems.at(raw, [...topics, 'records', 'formUrl'], checkWebPageLink)

  return (contacts) => {
    const { portal } = present(doc)
    const contact = (id: string | null | undefined) => present(contacts.get(present(id)))
    const { messages, testResults, passwordReset, bills, records, whatYouNeed } =
      portal.helpTopics ?? {}
    return {
      useThisIf: portal.useThisIf?.trim() || null,
      otherPortals: (portal.otherPortals ?? []).map(({ _key, name, useThisIf }, i) => ({
        key: _key,
        name,
        useThisIf,
        vendor: present(others[i]?.vendor).build(),
        signInHref: present(others[i]?.signIn),
      })),
      help: {
        messages: messages ?? null,
        testResults:
          testResults === undefined
            ? null
            : { whatToExpect: testResults.whatToExpect, contact: contact(testResultsContact) },
        passwordReset:
          passwordReset === undefined
            ? null
            : { href: present(reset), contact: contact(resetContact) },
        bills:
          bills === undefined
            ? null
            : {
                contact: contact(billsContact),
                payOnline:
                  bills.payOnlineUrl === undefined
                    ? null
                    : { href: present(payOnline), vendor: present(payVendor).build() },
              },
        records:
          records === undefined
            ? null
            : {
                howToAsk: records.howToAsk,
                formHref: records.formUrl === undefined ? null : present(form),
                usualTime: records.usualTime,
                contact: records.contact === undefined ? null : contact(recordsContact),
              },
        whatYouNeed: whatYouNeed ?? null,
      },
    }
  }
}
