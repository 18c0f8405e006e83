import type { SiteContent } from '@doorway/content/site'
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
  const coordinatorName = coordinator?.name ?? 'our Section 1557 coordinator'
  return (
    <>
      <h1>Free language help, and our promise to treat everyone fairly</h1>
      {taglines.length > 0 ? (
        <section aria-labelledby="taglines-heading">
          <h2 id="taglines-heading">Free help in your language</h2>
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
        <h2 id="help-heading">Help we give for free</h2>
        <p>{clinic.name} gives free help so you can talk with us and understand us:</p>
        <ul>
          <li>
            If English is not your first language: interpreters trained for health care, and papers
            written in your language.
          </li>
          <li>
            If you have a disability: sign language interpreters, papers in large print, audio or
            other formats, and other changes that help you use our care.
          </li>
        </ul>
        <p>
          To ask for this help, <PhoneLink phone={clinic.mainPhone} who={clinic.name} />.
        </p>
      </section>
      <section aria-labelledby="fair-heading">
        <h2 id="fair-heading">We treat everyone fairly</h2>
        <p>
          {clinic.name} follows federal civil rights laws. We do not treat anyone differently
          because of race, color, national origin (including limited English and the language you
          speak), age, disability, or sex (including pregnancy, sexual orientation, gender identity
          and sex characteristics).
        </p>
        <p>If you think we did not give you this help, or treated you unfairly, you can:</p>
        <ul>
          <li>
            Tell us:{' '}
            {coordinator?.phone != null ? (
              <PhoneLink phone={coordinator.phone} who={coordinatorName} />
            ) : (
              <PhoneLink phone={clinic.mainPhone} who={clinic.name} />
            )}
            {coordinator?.email != null ? (
              <>
                , or email {coordinatorName} at{' '}
                <a href={`mailto:${coordinator.email}`}>{coordinator.email}</a>
              </>
            ) : null}
            .
          </li>
          <li>
            Or file a complaint with the U.S. Department of Health and Human Services, Office for
            Civil Rights:
            <ul>
              <li>
                <a href={HHS_OCR.portal} rel="noopener noreferrer">
                  online at ocrportal.hhs.gov
                </a>
              </li>
              <li>
                by phone: <PhoneLink phone={HHS_OCR.phone} who="the Office for Civil Rights" /> (
                <PhoneLink phone={HHS_OCR.tdd} who="its TDD line" />)
              </li>
              <li>by mail to {HHS_OCR.address}</li>
              <li>
                complaint forms:{' '}
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
