import type { SiteContent, SupportContact } from '@doorway/content/site'
import { messagesFor, type Messages } from '@/messages'
import { en } from '@/messages/en'

/**
 * The portal questions page (`/portal/help`), written once: each question the clinic answers,
 * in page order, with its anchor id and its answer in plain text. The page draws the jump links
 * and the headings from this list, and its FAQPage JSON-LD the questions and answers; the page's
 * own answer (with tap-to-call and portal links) is `PortalHelpBody`'s.
 */

/** Each topic's anchor id, in page order: the keys of the catalogs' `help.questions`. */
export type HelpTopicId = keyof Messages['help']['questions']
const HELP_TOPIC_IDS = Object.keys(en.help.questions) as HelpTopicId[]

export interface HelpQuestion {
  id: HelpTopicId
  question: string
  /** The answer in plain text, for the JSON-LD. */
  answer: string
}

/** "Questions? Call Front desk at (217) 555-0134 (Monday to Friday, 8 am to 5 pm)." */
function callText(t: Messages['help'], lead: string, contact: SupportContact): string {
  return `${lead} ${t.callAt(contact.name, contact.phone.display, contact.hours)}`
}

/** The questions the clinic's content answers, in page order; a topic left out has none. */
export function portalHelpQuestions(content: SiteContent): HelpQuestion[] {
  const { clinic, portal } = content
  const { help } = portal
  const t = messagesFor(content.language).help
  const answers: Record<HelpTopicId, string | null> = {
    'which-portal':
      portal.otherPortals.length === 0
        ? null
        : [
            t.mostFamiliesUse(portal.name),
            ...(portal.useThisIf === null ? [] : [t.useItIf(portal.useThisIf)]),
            ...portal.otherPortals.map((other) => t.useOtherIf(other.name, other.useThisIf)),
          ].join(' '),
    password:
      help.passwordReset === null
        ? null
        : callText(
            t,
            t.resetPasswordAt(portal.vendor.productName, help.passwordReset.href),
            help.passwordReset.contact,
          ),
    messages:
      help.messages === null
        ? null
        : [
            t.replyTime(help.messages.replyTime),
            t.notForEmergencies,
            t.ifEmergency,
            ...(clinic.adviceLine === null
              ? []
              : [callText(t, t.adviceNowText, clinic.adviceLine)]),
          ].join(' '),
    'test-results':
      help.testResults === null
        ? null
        : callText(
            t,
            `${help.testResults.whatToExpect} ${t.resultQuestions}`,
            help.testResults.contact,
          ),
    bills:
      help.bills === null
        ? null
        : callText(
            t,
            (help.bills.payOnline === null ? '' : `${t.payOnlineAt(help.bills.payOnline.href)} `) +
              t.billQuestions,
            help.bills.contact,
          ),
    records:
      help.records === null
        ? null
        : [
            help.records.howToAsk,
            help.records.formHref === null ? '' : t.formAt(help.records.formHref),
            t.usualTime(help.records.usualTime),
            help.records.contact === null ? '' : callText(t, t.questionsLead, help.records.contact),
          ]
            .filter((part) => part !== '')
            .join(' '),
    'what-you-need': help.whatYouNeed,
  }
  return HELP_TOPIC_IDS.flatMap((id) => {
    const answer = answers[id]
    return answer === null ? [] : [{ id, question: t.questions[id], answer }]
  })
}
