import type { TriageItem } from '@doorway/content/site'
import { PhoneLink } from '../PhoneLink'

/** "Having trouble?": each problem with what to do and whom to call, in the clinic's order. */
export function TriageList({ items }: { items: TriageItem[] }) {
  return (
    <ul className="triage" role="list">
      {items.map((item) => (
        <li key={item.key} className="card">
          <h3>{item.problem}</h3>
          <p>{item.whatToDo}</p>
          <p>
            <PhoneLink phone={item.contact.phone} who={item.contact.name} />
            <br />
            <span className="small">{item.contact.hours}</span>
          </p>
        </li>
      ))}
    </ul>
  )
}
