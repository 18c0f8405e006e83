import { DOCUMENT_TYPES, fieldNameInSentence } from '@doorway/content/model'
import { useEffect, useState } from 'react'
import { useClient } from 'sanity'
import { API_VERSION } from '../env'
import { translationStatus, type LanguageStatus } from './translationStatus'

/** Every document the site reads, drafts over published: what the office manager sees in the Studio. */
const DOCUMENTS_QUERY = `*[_type in $types]`

/**
 * The "Translations" pane: for each site language, the texts still missing, read when the pane
 * opens (open it again after editing). Plain text and lists: nothing here needs more.
 */
export function TranslationStatus() {
  const client = useClient({ apiVersion: API_VERSION })
  const [status, setStatus] = useState<LanguageStatus[] | 'loading' | Error>('loading')
  useEffect(() => {
    let current = true
    client
      .fetch<Record<string, unknown>[]>(
        DOCUMENTS_QUERY,
        { types: DOCUMENT_TYPES },
        { perspective: 'drafts' },
      )
      .then((documents) => current && setStatus(translationStatus(documents)))
      .catch((error: unknown) => current && setStatus(error as Error))
    return () => {
      current = false
    }
  }, [client])

  const box = { padding: '1rem', fontFamily: 'inherit', lineHeight: 1.5 }
  if (status === 'loading') return <p style={box}>Reading your texts…</p>
  if (status instanceof Error)
    return <p style={box}>The texts could not be read: {status.message}. Try again.</p>
  if (status.length === 0)
    return (
      <p style={box}>
        Your website is in English only. To add a language, open Clinic and portal and add it under
        Site languages.
      </p>
    )
  return (
    <div style={box}>
      {status.map(({ language, title, live, missing }) => (
        <section key={language}>
          <h2>
            {title}: {live ? 'on the website' : 'being translated (not on the website yet)'}
          </h2>
          {missing.length === 0 ? (
            <p>Every text is translated.</p>
          ) : (
            <>
              <p>
                {missing.length === 1 ? '1 text' : `${missing.length} texts`} still need the {title}{' '}
                text.
                {live
                  ? ' The website cannot be published until they have it, or until you turn this language off.'
                  : ' Turn this language on when none is left.'}
              </p>
              <ul>
                {missing.map(({ documentId, document, field }, i) => (
                  <li key={`${documentId}-${i}`}>
                    {document}: {fieldNameInSentence(field)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  )
}
