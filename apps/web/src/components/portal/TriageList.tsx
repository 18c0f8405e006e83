import type { SupportContact, TriageItem } from '@doorway/content/site'
import { ContactLine } from '../ContactLine'

/** The rows that share a contact, in the clinic's order; groups in the order of each contact's first row. */
export function groupByContact(
  items: readonly TriageItem[],
): { contact: SupportContact; items: TriageItem[] }[] {
  const groups = new Map<string, { contact: SupportContact; items: TriageItem[] }>()
  for (const item of items) {
    const group = groups.get(item.contact.id)
    if (group) group.items.push(item)
    else groups.set(item.contact.id, { contact: item.contact, items: [item] })
  }
  return [...groups.values()]
}

/**
 * "Having trouble?": each problem with what to do, in the clinic's order, grouped by whom to
 * call, so that each contact's number and hours appear once, after its problems.
 */
export function TriageList({ items, language }: { items: TriageItem[]; language: string }) {
  return (
    <ul className="triage" role="list">
      {groupByContact(items).map(({ contact, items: rows }) => (
        <li key={contact.id} className="card">
          {rows.map((item) => (
            <div key={item.key} className="triage-problem">
              <h3>{item.problem}</h3>
              <p>{item.whatToDo}</p>
            </div>
          ))}
          <ContactLine contact={contact} language={language} className="triage-contact" />
        </li>
      ))}
    </ul>
  )
}
