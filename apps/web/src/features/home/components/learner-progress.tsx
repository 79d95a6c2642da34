import type { EnrolmentProgress, EvidenceSummary } from '@signoff/contracts';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/progress-bar';
import { QualificationProgress } from '../../../components/qualification-progress';
import { UnitProgressBadge } from '../../../components/unit-progress-status';
import { formatDay } from '../../../lib/dates';

const unitPath = (enrolmentId: string, unit: string) =>
  `/enrolments/${encodeURIComponent(enrolmentId)}/units/${encodeURIComponent(unit)}`;

export interface LearnerProgressProps {
  enrolmentId: string;
  progress: EnrolmentProgress;
}

/**
 * A learner's progress on one qualification: towards the qualification, what awaits their
 * countersignature, signatures that stopped counting because evidence was withdrawn, and each
 * unit they plan (or have started) by its rows signed.
 */
export function LearnerProgress({ enrolmentId, progress }: LearnerProgressProps) {
  const awaiting = progress.units.filter((unit) => unit.status === 'awaiting_countersignature');
  const flagged = progress.units.filter((unit) => unit.flags.length > 0);
  const shown = progress.units.filter((unit) => unit.planned || unit.status !== 'not_started');

  return (
    <>
      <QualificationProgress progress={progress} />

      {awaiting.length > 0 ? (
        <div className="notice learner-progress__countersign">
          <h4>Awaiting your countersignature</h4>
          <p>Your assessor has signed these units. Read what they signed and countersign.</p>
          <ul>
            {awaiting.map((unit) => (
              <li key={unit.reference}>
                <Link to={unitPath(enrolmentId, unit.reference)}>
                  {unit.reference} {unit.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {flagged.length > 0 ? (
        <div className="notice notice--flag">
          <h4>Signatures that no longer count</h4>
          <ul>
            {flagged.flatMap((unit) =>
              unit.flags.map((flag) => (
                <li key={`${unit.reference}:${flag.signed}`}>
                  <Link to={unitPath(enrolmentId, unit.reference)}>{unit.reference}</Link>:{' '}
                  {flag.signed}. {flag.reason} on {formatDay(flag.flaggedAt)}; it counts again once
                  signed again.
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}

      {shown.length > 0 ? (
        <>
          <h4>Your units</h4>
          <ul className="plain-list unit-progress-list">
            {shown.map((unit) => (
              <li key={unit.reference} className="unit-progress-list__item">
                <div className="unit-progress-list__about">
                  <Link to={unitPath(enrolmentId, unit.reference)}>{unit.reference}</Link>{' '}
                  <span>{unit.title}</span> <UnitProgressBadge status={unit.status} />
                </div>
                <ProgressBar
                  label={`Rows signed in ${unit.reference}`}
                  value={unit.rowsSigned}
                  maxValue={unit.rowsTotal}
                  valueText={`${unit.rowsSigned} of ${unit.rowsTotal} rows signed`}
                />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          You have no units in your plan yet. Choose them under{' '}
          <Link to="/my-qualification">your qualification</Link>.
        </p>
      )}
    </>
  );
}

export interface EvidenceFeedbackProps {
  /** Items the assessor referred back: they need work, so they come first. */
  referred: EvidenceSummary[];
  /** Items accepted most recently. */
  accepted: EvidenceSummary[];
}

/** What the assessor decided on the learner's evidence; each item's page has the feedback. */
export function EvidenceFeedback({ referred, accepted }: EvidenceFeedbackProps) {
  if (referred.length === 0 && accepted.length === 0)
    return <p>Your assessor has not judged any of your evidence yet.</p>;
  return (
    <ul className="plain-list feedback-list">
      {[...referred, ...accepted].map((item) => (
        <li key={item.id} className="feedback-list__item">
          <span
            className={
              item.status === 'referred'
                ? 'badge badge--unit-in_progress'
                : 'badge badge--unit-achieved'
            }
          >
            {item.status === 'referred' ? 'Needs work' : 'Accepted'}
          </span>{' '}
          <Link to={`/portfolio/evidence/${encodeURIComponent(item.id)}`}>{item.title}</Link>{' '}
          <span className="muted">
            version {item.version}, {formatDay(item.updatedAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
