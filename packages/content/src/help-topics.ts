import {
  attempt,
  list,
  need,
  portalAddressRule,
  type CheckedVendor,
  type References,
} from './documents'
import type { ClinicDocument } from './model'
import { get, type Path, type Problems, type RawObject } from './problems'
import { checkWebPageLink } from './rules'

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
) {
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

  return attempt(() => {
    const { portal } = need(doc)
    const { messages, testResults, passwordReset, bills, records, whatYouNeed } =
      portal.helpTopics ?? {}
    return {
      /** Finishes "Use this one if…" for this portal, when the clinic lists other portals. */
      useThisIf: portal.useThisIf?.trim() || null,
      /** Other portals some patients use, in the clinic's order ("Which portal is mine?"). */
      otherPortals: (portal.otherPortals ?? []).map(({ _key, name, useThisIf }, i) => ({
        key: _key,
        name,
        /** Finishes the sentence "Use this one if…". */
        useThisIf,
        vendor: need(need(others[i]?.vendor).vendor),
        signInHref: need(others[i]?.signIn),
      })),
      /** The portal questions (`PORTAL_HELP_PATH`), each null when the clinic leaves it out. */
      help: {
        /** Finishes "We answer messages…" ("within 2 business days"). */
        messages: messages ?? null,
        testResults:
          testResults === undefined
            ? null
            : { whatToExpect: testResults.whatToExpect, contact: need(testResultsContact) },
        passwordReset:
          passwordReset === undefined ? null : { href: need(reset), contact: need(resetContact) },
        bills:
          bills === undefined
            ? null
            : {
                /** The billing office: its phone and hours. */
                contact: need(billsContact),
                /** The bill-pay page, on its vendor's domain (the portal's unless another is named). */
                payOnline:
                  bills.payOnlineUrl === undefined
                    ? null
                    : { href: need(payOnline), vendor: need(need(payVendor).vendor) },
              },
        records:
          records === undefined
            ? null
            : {
                howToAsk: records.howToAsk,
                /** The request form: any https page, maybe the clinic's own (not a portal link). */
                formHref: records.formUrl === undefined ? null : need(form),
                /** Finishes "You usually get the copy…" ("within 5 business days"). */
                usualTime: records.usualTime,
                contact: records.contact === undefined ? null : need(recordsContact),
              },
        /** Supported browsers or the app's phone version, in one line. */
        whatYouNeed: whatYouNeed ?? null,
      },
    }
  })
}
