import type { SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { faqPageScriptContent } from '@/lib/jsonld'
import { portalHelpQuestions, type HelpTopicId } from '@/lib/portal-help'
import { ContactLine } from '../ContactLine'
import { JsonLd } from '../JsonLd'
import { PortalLink } from '../PortalLink'
import { WhichPortalList } from './WhichPortal'

/** One topic's answer, with its tap-to-call and portal links. */
function Answer({ id, content }: { id: HelpTopicId; content: SiteContent }) {
  const { clinic, portal } = content
  const { help } = portal
  switch (id) {
    case 'which-portal':
      return <WhichPortalList portal={portal} signInAbove={false} />
    case 'password':
      if (help.passwordReset === null) return null
      return (
        <>
          <p>
            <PortalLink href={help.passwordReset.href}>
              Reset your password on the {portal.vendor.productName} website
            </PortalLink>
          </p>
          <ContactLine contact={help.passwordReset.contact} lead="If that does not work:" />
        </>
      )
    case 'messages':
      if (help.messages === null) return null
      return (
        <>
          <p>We answer portal messages {help.messages.replyTime}.</p>
          <p>
            <strong>Messages are not for emergencies.</strong> If this is an emergency, call 911.
          </p>
          <p>
            <a href="tel:911" className="button-emergency">
              Call 911
            </a>
          </p>
          {clinic.adviceLine === null ? null : (
            <ContactLine
              contact={clinic.adviceLine}
              lead="Need medical advice now? Do not wait for a reply."
            />
          )}
        </>
      )
    case 'test-results':
      if (help.testResults === null) return null
      return (
        <>
          <p>{help.testResults.whatToExpect}</p>
          <ContactLine contact={help.testResults.contact} lead="Questions about a result?" />
        </>
      )
    case 'bills':
      if (help.bills === null) return null
      return (
        <>
          {help.bills.payOnline === null ? null : (
            <p>
              <PortalLink href={help.bills.payOnline.href}>Pay a bill online</PortalLink>{' '}
              <span className="small">
                (the {help.bills.payOnline.vendor.productName} website, run by{' '}
                {help.bills.payOnline.vendor.name})
              </span>
            </p>
          )}
          <ContactLine contact={help.bills.contact} lead="Questions about a bill?" />
        </>
      )
    case 'records':
      if (help.records === null) return null
      return (
        <>
          <p>{help.records.howToAsk}</p>
          {help.records.formHref === null ? null : (
            <p>
              <a href={help.records.formHref} rel="noopener noreferrer">
                Get the records request form
              </a>
            </p>
          )}
          <p>You usually get the copy {help.records.usualTime}.</p>
          {help.records.contact === null ? null : (
            <ContactLine contact={help.records.contact} lead="Questions?" />
          )}
        </>
      )
    case 'what-you-need':
      return help.whatYouNeed === null ? null : <p>{help.whatYouNeed}</p>
  }
}

/**
 * "Portal questions" (`/portal/help`): what parents ask the front desk, each answered with whom
 * to call. A short list of questions at the top jumps to each answer; one `<h2>` section per
 * question the clinic answers; FAQPage JSON-LD for search engines. Zero JavaScript: the jump
 * links are plain `#` links.
 */
export function PortalHelpBody({ content }: { content: SiteContent }) {
  const { portal } = content
  const questions = portalHelpQuestions(content)
  return (
    <>
      <h1>Portal questions</h1>
      <p className="lead">
        Answers to what parents ask us most about {portal.name}.{' '}
        <Link href="/portal">Back to sign in and help</Link>
      </p>
      {questions.length === 0 ? (
        <p>
          Questions about the portal? See <Link href="/portal">Having trouble?</Link> on the portal
          page.
        </p>
      ) : (
        <>
          <nav aria-labelledby="questions-heading">
            <h2 id="questions-heading">On this page</h2>
            <ul className="link-list" role="list">
              {questions.map(({ id, question }) => (
                <li key={id}>
                  <a href={`#${id}`}>{question}</a>
                </li>
              ))}
            </ul>
          </nav>
          {questions.map(({ id, question }) => (
            <section key={id} id={id} aria-labelledby={`${id}-heading`} className="help-topic">
              <h2 id={`${id}-heading`}>{question}</h2>
              <Answer id={id} content={content} />
            </section>
          ))}
          <JsonLd json={faqPageScriptContent(questions)} />
        </>
      )}
    </>
  )
}
