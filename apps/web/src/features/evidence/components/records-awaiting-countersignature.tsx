import { Link } from 'react-router';
import { formatDay } from '../../../lib/dates';
import { useRecentEvidence } from '../api/get-evidence-list';

/** How many records awaiting the learner the home lists; the portfolio has the rest. */
const SHOWN = 10;

/**
 * Records the learner's assessor made and signed, awaiting the learner's countersignature, each
 * leading to the record; nothing at all when none awaits.
 */
export function RecordsAwaitingCountersignature({ enrolmentId }: { enrolmentId: string }) {
  const awaiting = useRecentEvidence(enrolmentId, 'awaiting_countersignature', SHOWN);
  if (!awaiting.data || awaiting.data.length === 0) return null;
  return (
    <div className="notice learner-progress__countersign">
      <h3>Records awaiting your countersignature</h3>
      <p>Your assessor recorded these. Read each and say whether it is accurate.</p>
      <ul>
        {awaiting.data.map((item) => (
          <li key={item.id}>
            <Link to={`/portfolio/evidence/${encodeURIComponent(item.id)}`}>{item.title}</Link>{' '}
            <span className="muted">
              {item.methodCode}, {formatDay(item.activityDate)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
