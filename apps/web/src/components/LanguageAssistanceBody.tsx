import type { SiteContent } from '@doorway/content/site'
import { messagesFor } from '@/messages'
import { PhoneLink } from './PhoneLink'

/** The U.S. Department of Health and Human Services' Office for Civil Rights (45 CFR 92.10). */
export const HHS_OCR = {
  portal: 'https://ocrportal.hhs.gov/ocr/portal/lobby.jsf',
  forms: 'https://www.hhs.gov/ocr/complaints/index.html',
  phone: { display: '(800) 368-1019', href: 'tel:+18003681019' },
  tdd: { display: '(800) 537-7697', href: 'tel:+18005377697' },
  address:
    'U.S. Department of Health and Human Services, 200 Independence Avenue SW, Room 509F, HHH Building, Washington, DC 20201',
} as const

/**
 * The Section 1557 notices (45 CFR 92.10 and 92.11), in plain words: the notice of
 * nondiscrimination, the notice that language help and auxiliary aids are free, then one
 * tagline per language the clinic chose, each marked with its own `lang` and `dir`.
 */
export function LanguageAssistanceBody({ content }: { content: SiteContent }) {
  const { clinic } = content
  const { coordinator, taglines } = clinic.languageAssistance
  const m = messagesFor(content.language)
  const t = m.languageAssistance
  const coordinatorName = coordinator?.name ?? t.coordinator
  const callClinic = <PhoneLink phone={clinic.mainPhone} label={m.common.call(clinic.name)} />
  return (
    <>
      <h1>{t.heading}</h1>
      {taglines.length > 0 ? (
        <section aria-labelledby="taglines-heading">
          <h2 id="taglines-heading">{t.taglinesHeading}</h2>
          <ul className="taglines" role="list" aria-labelledby="taglines-heading">
            {taglines.map((tagline) => (
              <li key={tagline.key} lang={tagline.lang} dir={tagline.dir}>
                <strong>{tagline.ownName}:</strong> {tagline.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{t.helpHeading}</h2>
        <p>{t.helpIntro(clinic.name)}</p>
        <ul>
          <li>{t.helpLanguage}</li>
          <li>{t.helpDisability}</li>
        </ul>
        <p>{t.askForHelp(callClinic)}</p>
      </section>
      <section aria-labelledby="fair-heading">
        <h2 id="fair-heading">{t.fairHeading}</h2>
        <p>{t.fairText(clinic.name)}</p>
        <p>{t.ifYouThink}</p>
        <ul>
          <li>
            {t.tellUs}{' '}
            {coordinator?.phone != null ? (
              <PhoneLink phone={coordinator.phone} label={m.common.call(coordinatorName)} />
            ) : (
              callClinic
            )}
            {coordinator?.email != null
              ? t.orEmail(
                  coordinatorName,
                  <a href={`mailto:${coordinator.email}`}>{coordinator.email}</a>,
                )
              : null}
            .
          </li>
          <li>
            {t.fileComplaint}
            <ul>
              <li>
                <a href={HHS_OCR.portal} rel="noopener noreferrer">
                  {t.online}
                </a>
              </li>
              <li>
                {t.byPhone(
                  <PhoneLink phone={HHS_OCR.phone} label={m.common.call(t.ocr)} />,
                  <PhoneLink phone={HHS_OCR.tdd} label={m.common.call(t.tdd)} />,
                )}
              </li>
              <li>{t.byMail(HHS_OCR.address)}</li>
              <li>
                {t.complaintForms}{' '}
                <a href={HHS_OCR.forms} rel="noopener noreferrer">
                  hhs.gov/ocr/complaints
                </a>
              </li>
            </ul>
          </li>
        </ul>
      </section>
    </>
  )
}
