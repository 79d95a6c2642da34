import type { Unit, WitnessRequestView } from '@signoff/contracts';
import { Link } from 'react-router';
import { claimsByUnit } from '../../../lib/evidence-claims';
import { formatMoment } from '../../../lib/dates';
import { requestStatusWords } from '../lib/witness-request-status';
import { RevokeRequestButton } from './revoke-request-dialog';

export interface WitnessRequestsListProps {
  requests: readonly WitnessRequestView[];
  /** The qualification version's units, for the outcomes' words. */
  units: readonly Unit[];
  /** Where the evidence a statement became is read, for the person looking. */
  evidencePath: (evidenceId: string) => string;
  onRevoked: (request: WitnessRequestView) => void;
}

/** The enrolment's requests to witnesses, newest first, each with where it stands. */
export function WitnessRequestsList({
  requests,
  units,
  evidencePath,
  onRevoked,
}: WitnessRequestsListProps) {
  if (requests.length === 0)
    return <p className="muted">No witness has been asked for a statement yet.</p>;
  return (
    <ul className="plain-list witness-requests">
      {requests.map((request) => {
        const status = requestStatusWords(request);
        return (
          <li key={request.id} className="card witness-request">
            <div className="witness-request__heading">
              <h3 className="witness-request__name">
                {request.witness.name}
                <span className="witness-request__role">
                  {request.witness.jobRole}
                  {request.witness.expert ? ', expert witness' : ''}
                </span>
              </h3>
              <p className={`witness-request__status witness-request__status--${request.status}`}>
                <strong>{status.label}</strong> {status.when}
              </p>
            </div>
            <dl className="facts">
              <div className="facts__item">
                <dt>Relationship to the learner</dt>
                <dd>{request.relationship}</dd>
              </div>
              <div className="facts__item">
                <dt>Asked by</dt>
                <dd>
                  {request.requestedBy.displayName} on{' '}
                  <time dateTime={request.createdAt}>{formatMoment(request.createdAt)}</time>
                  {request.emailed ? ', sent by email' : ''}
                </dd>
              </div>
            </dl>
            <p className="witness-request__outcomes-title">Asked about</p>
            <ul className="witness-request__outcomes">
              {claimsByUnit(request.claims, units).flatMap((group) =>
                group.outcomes.map((outcome) => (
                  <li key={`${group.unit}|${outcome.outcome}`}>
                    <strong>{group.unit}</strong> outcome {outcome.outcome}
                    {outcome.title ? `: ${outcome.title}` : ''}
                    {outcome.criteria.length > 0
                      ? ` (criteria ${outcome.criteria.map((criterion) => criterion.number).join(', ')})`
                      : ''}
                  </li>
                )),
              )}
            </ul>
            {request.status === 'submitted' && request.evidenceId ? (
              <p>
                <Link to={evidencePath(request.evidenceId)}>
                  Read the statement of {request.witness.name}
                </Link>
              </p>
            ) : null}
            {request.status === 'open' && request.can.revoke ? (
              <div className="button-row">
                <RevokeRequestButton request={request} onRevoked={onRevoked} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
