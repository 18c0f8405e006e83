import type { SiteContent, SupportContact } from '@doorway/content/site'

/**
 * The portal questions page (`/portal/help`), written once: each question the clinic answers,
 * in page order, with its anchor id and its answer in plain text. The page draws the jump links
 * and the headings from this list, and its FAQPage JSON-LD the questions and answers; the page's
 * own answer (with tap-to-call and portal links) is `PortalHelpBody`'s.
 */

/** Each topic's anchor id and its question as parents ask it, in page order. */
export const HELP_QUESTIONS = {
  'which-portal': 'Which portal is mine?',
  password: 'I forgot my password, or I am locked out',
  messages: 'How soon will I get an answer to my message?',
  'test-results': 'I see a test result. Why has no one called me?',
  bills: 'Where do I pay my bill?',
  records: 'How do I get a copy of my child’s records?',
  'what-you-need': 'What do I need to use the portal?',
} as const
export type HelpTopicId = keyof typeof HELP_QUESTIONS
const HELP_TOPIC_IDS = Object.keys(HELP_QUESTIONS) as HelpTopicId[]

export interface HelpQuestion {
  id: HelpTopicId
  question: string
  /** The answer in plain text, for the JSON-LD. */
  answer: string
}

/** "Call Front desk at (217) 555-0134 (Monday to Friday, 8 am to 5 pm)." */
function callText(lead: string, contact: SupportContact): string {
  return `${lead} Call ${contact.name} at ${contact.phone.display} (${contact.hours}).`
}

/** The questions the clinic's content answers, in page order; a topic left out has none. */
export function portalHelpQuestions(content: SiteContent): HelpQuestion[] {
  const { clinic, portal } = content
  const { help } = portal
  const answers: Record<HelpTopicId, string | null> = {
    'which-portal':
      portal.otherPortals.length === 0
        ? null
        : [
            `Most families use ${portal.name}.${portal.useThisIf === null ? '' : ` Use it if ${portal.useThisIf}`}`,
            ...portal.otherPortals.map((other) => `Use ${other.name} if ${other.useThisIf}`),
          ].join(' '),
    password:
      help.passwordReset === null
        ? null
        : callText(
            `Reset your password on the ${portal.vendor.productName} website: ${help.passwordReset.href}. If that does not work, call for help.`,
            help.passwordReset.contact,
          ),
    messages:
      help.messages === null
        ? null
        : `We answer portal messages ${help.messages.replyTime}. Messages are not for emergencies. If this is an emergency, call 911.` +
          (clinic.adviceLine === null
            ? ''
            : ` ${callText('For medical advice now, do not wait for a reply.', clinic.adviceLine)}`),
    'test-results':
      help.testResults === null
        ? null
        : callText(
            `${help.testResults.whatToExpect} Questions about a result?`,
            help.testResults.contact,
          ),
    bills:
      help.bills === null
        ? null
        : callText(
            (help.bills.payOnline === null
              ? ''
              : `Pay a bill online: ${help.bills.payOnline.href}. `) + 'Questions about a bill?',
            help.bills.contact,
          ),
    records:
      help.records === null
        ? null
        : [
            help.records.howToAsk,
            help.records.formHref === null ? '' : `The form: ${help.records.formHref}.`,
            `You usually get the copy ${help.records.usualTime}.`,
            help.records.contact === null ? '' : callText('Questions?', help.records.contact),
          ]
            .filter((part) => part !== '')
            .join(' '),
    'what-you-need': help.whatYouNeed,
  }
  return HELP_TOPIC_IDS.flatMap((id) => {
    const answer = answers[id]
    return answer === null ? [] : [{ id, question: HELP_QUESTIONS[id], answer }]
  })
}
