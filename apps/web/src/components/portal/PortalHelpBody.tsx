import type { SiteContent } from '@doorway/content/site'
import Link from 'next/link'
import { pagePath } from '@/lib/page-meta'
import { faqPageScriptContent } from '@/lib/jsonld'
import { portalHelpQuestions, type HelpTopicId } from '@/lib/portal-help'
import { messagesFor } from '@/messages'
import { ContactLine } from '../ContactLine'
import { JsonLd } from '../JsonLd'
import { PortalLink } from '../PortalLink'
import { WhichPortalList } from './WhichPortal'

/** One topic's answer, with its tap-to-call and portal links. */
function Answer({ id, content }: { id: HelpTopicId; content: SiteContent }) {
  const { clinic, portal, language } = content
  const { help } = portal
  const m = messagesFor(language)
  const t = m.help
  switch (id) {
    case 'which-portal':
      return <WhichPortalList portal={portal} signInAbove={false} language={language} />
    case 'password':
      if (help.passwordReset === null) return null
      return (
        <>
          <p>
            <PortalLink href={help.passwordReset.href}>
              {t.resetPassword(portal.vendor.productName)}
            </PortalLink>
          </p>
          <ContactLine
            contact={help.passwordReset.contact}
            language={language}
            lead={t.ifThatFails}
          />
        </>
      )
    case 'messages':
      if (help.messages === null) return null
      return (
        <>
          <p>{t.replyTime(help.messages.replyTime)}</p>
          <p>
            <strong>{t.notForEmergencies}</strong> {t.ifEmergency}
          </p>
          <p>
            <a href="tel:911" className="button-emergency">
              {m.common.call911}
            </a>
          </p>
          {clinic.adviceLine === null ? null : (
            <ContactLine contact={clinic.adviceLine} language={language} lead={t.adviceNow} />
          )}
        </>
      )
    case 'test-results':
      if (help.testResults === null) return null
      return (
        <>
          <p>{help.testResults.whatToExpect}</p>
          <ContactLine
            contact={help.testResults.contact}
            language={language}
            lead={t.resultQuestions}
          />
        </>
      )
    case 'bills':
      if (help.bills === null) return null
      return (
        <>
          {help.bills.payOnline === null ? null : (
            <p>
              <PortalLink href={help.bills.payOnline.href}>{t.payOnline}</PortalLink>{' '}
              <span className="small">
                {m.common.vendorWebsite(
                  help.bills.payOnline.vendor.productName,
                  help.bills.payOnline.vendor.name,
                )}
              </span>
            </p>
          )}
          <ContactLine contact={help.bills.contact} language={language} lead={t.billQuestions} />
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
                {t.recordsForm}
              </a>
            </p>
          )}
          <p>{t.usualTime(help.records.usualTime)}</p>
          {help.records.contact === null ? null : (
            <ContactLine
              contact={help.records.contact}
              language={language}
              lead={t.questionsLead}
            />
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
  const m = messagesFor(content.language)
  const t = m.help
  const questions = portalHelpQuestions(content)
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">
        {t.lead(portal.name)}{' '}
        <Link href={pagePath({ page: 'portal' }, content.language)}>{t.back}</Link>
      </p>
      {questions.length === 0 ? (
        <p>
          {t.noQuestions(
            <Link href={pagePath({ page: 'portal' }, content.language)}>
              {m.portal.troubleHeading}
            </Link>,
          )}
        </p>
      ) : (
        <>
          <nav aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t.onThisPage}</h2>
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
