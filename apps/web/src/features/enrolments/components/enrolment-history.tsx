import type { EnrolmentDetail, StaffAssignment } from '@signoff/contracts';
import { formatMoment } from '../../../lib/dates';
import { StatusBadge } from './status-badge';

export interface StatusHistoryProps {
  history: EnrolmentDetail['statusHistory'];
}

/** Every status the enrolment has had, newest first, with who changed it and why. */
export function StatusHistory({ history }: StatusHistoryProps) {
  return (
    <ol className="history" aria-label="Status history, newest first">
      {[...history].reverse().map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="history__item">
          <StatusBadge status={entry.status} />{' '}
          <span className="muted">
            from <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
            {entry.by ? `, by ${entry.by}` : null}
          </span>
          {entry.note ? <p className="history__note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export interface StaffHistoryProps {
  /** e.g. "Assessors" */
  label: string;
  assignments: readonly StaffAssignment[];
}

/** Who held the enrolment when: the current holder first. */
export function StaffHistory({ label, assignments }: StaffHistoryProps) {
  const ordered = [...assignments].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <ol className="history" aria-label={`${label}, current first`}>
      {ordered.map((assignment, index) => (
        <li key={`${assignment.userId}-${assignment.from}-${index}`} className="history__item">
          <strong>{assignment.displayName}</strong>{' '}
          {assignment.to === null ? <span className="badge badge--published">Current</span> : null}
          <br />
          <span className="muted">
            from <time dateTime={assignment.from}>{formatMoment(assignment.from)}</time>
            {assignment.to ? (
              <>
                {' '}
                to <time dateTime={assignment.to}>{formatMoment(assignment.to)}</time>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
