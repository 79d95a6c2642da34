import type { RecordCountersignature } from '@signoff/contracts';
import { formatMoment } from '../../../lib/dates';

/**
 * The learner's countersignatures of a record, newest first: whether they agreed it is accurate,
 * and if not why, by whom and when, with the SHA-256 of what they signed.
 */
export function RecordCountersignatures({
  countersignatures,
}: {
  countersignatures: readonly RecordCountersignature[];
}) {
  if (countersignatures.length === 0)
    return <p className="muted">The learner has not countersigned this record yet.</p>;
  return (
    <ul className="plain-list countersignatures">
      {countersignatures.map((countersignature) => (
        <li key={countersignature.id} className="countersignature">
          <p className="countersignature__answer">
            <span
              className={
                countersignature.agreed
                  ? 'badge badge--evidence-accepted'
                  : 'badge badge--evidence-referred'
              }
            >
              {countersignature.agreed ? 'Agreed' : 'Did not agree'}
            </span>{' '}
            {countersignature.learner.displayName}, on version {countersignature.version}
          </p>
          <blockquote className="declaration">{countersignature.statement}</blockquote>
          {countersignature.comment ? (
            <>
              <p className="countersignature__comment-label">
                {countersignature.agreed ? 'Their comment' : 'Why they did not agree'}
              </p>
              <blockquote className="feedback">{countersignature.comment}</blockquote>
            </>
          ) : null}
          <dl className="facts">
            <div className="facts__item">
              <dt>Signed at</dt>
              <dd>
                <time dateTime={countersignature.signedAt}>
                  {formatMoment(countersignature.signedAt)}
                </time>
              </dd>
            </div>
            <div className="facts__item facts__item--wide">
              <dt>SHA-256 of what was signed</dt>
              <dd className="hash">{countersignature.sha256}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
