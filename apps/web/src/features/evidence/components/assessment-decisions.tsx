import type { AssessmentDecision, EvidenceClaim, Unit } from '@signoff/contracts';
import { formatMoment } from '../../../lib/dates';
import { useEvidenceVersions } from '../api/get-evidence-versions';
import {
  compareMapping,
  DECISION_WORDS,
  type ComparedClaim,
  type MappingState,
} from '../lib/assessment-decision';
import { claimKey, claimsByUnit } from '../../../lib/evidence-claims';

const STATE_WORDS: Record<MappingState, string> = {
  confirmed: 'confirmed',
  added: 'added by the assessor',
  removed: 'claimed by the learner, not confirmed',
};

export interface AssessmentDecisionsProps {
  itemId: string;
  /** Newest first, as the evidence detail lists them. */
  decisions: readonly AssessmentDecision[];
  units: readonly Unit[];
}

/**
 * Every decision on the item, newest first: what was decided on which version, by whom and when,
 * the feedback, and the assessor's mapping against the learner's claim on that version.
 */
export function AssessmentDecisions({ itemId, decisions, units }: AssessmentDecisionsProps) {
  const versions = useEvidenceVersions(itemId);
  const claimsOf = (number: number): readonly EvidenceClaim[] | undefined =>
    versions.data?.find((version) => version.number === number)?.claims;
  return (
    <ol className="plain-list decisions">
      {decisions.map((decision) => {
        const claims = claimsOf(decision.version);
        return (
          <li key={decision.id} className={`card decision decision--${decision.decision}`}>
            <h3 className="decision__title">
              {DECISION_WORDS[decision.decision]}: version {decision.version}
            </h3>
            <p className="decision__by">
              By {decision.assessor.displayName},{' '}
              <time dateTime={decision.decidedAt}>{formatMoment(decision.decidedAt)}</time>
            </p>
            {decision.feedback ? (
              <>
                <h4 className="decision__subheading">
                  {decision.decision === 'withdrawAcceptance' ? 'Reason' : 'Feedback'}
                </h4>
                <blockquote className="feedback">{decision.feedback}</blockquote>
              </>
            ) : null}
            {decision.decision === 'withdrawAcceptance' ? null : (
              <>
                <h4 className="decision__subheading">Outcomes and criteria it proves</h4>
                {claims === undefined ? (
                  <p role="status">Loading the learner’s claim…</p>
                ) : (
                  <MappingComparison
                    compared={compareMapping(decision.mapping, claims)}
                    units={units}
                  />
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The compared claims by unit and outcome, each marked confirmed, added or not confirmed. */
function MappingComparison({
  compared,
  units,
}: {
  compared: readonly ComparedClaim[];
  units: readonly Unit[];
}) {
  const states = new Map(compared.map(({ claim, state }) => [claimKey(claim), state]));
  const mark = (claim: EvidenceClaim) => {
    const state = states.get(claimKey(claim));
    return state ? (
      <span className={`claim-mark claim-mark--${state}`}>{STATE_WORDS[state]}</span>
    ) : null;
  };
  const groups = claimsByUnit(
    compared.map(({ claim }) => claim),
    units,
  );
  if (groups.length === 0) return <p className="muted">Nothing mapped.</p>;
  return (
    <>
      {groups.map((group) => (
        <div key={group.unit} className="claimed-unit">
          <p className="claimed-unit__title">
            <span className="unit__reference">{group.unit}</span> {group.title ?? ''}
          </p>
          <ul className="claimed-outcomes">
            {group.outcomes.map((outcome) => (
              <li key={outcome.outcome}>
                <strong>Learning outcome {outcome.outcome}</strong>
                {outcome.title ? `: ${outcome.title}` : ''}{' '}
                {outcome.whole
                  ? mark({ unit: group.unit, outcome: outcome.outcome, criterion: null })
                  : null}
                {outcome.criteria.length > 0 ? (
                  <ul>
                    {outcome.criteria.map((criterion) => (
                      <li key={criterion.number}>
                        <strong>{criterion.number}</strong>
                        {criterion.title ? ` ${criterion.title}` : ''}{' '}
                        {mark({
                          unit: group.unit,
                          outcome: outcome.outcome,
                          criterion: criterion.number,
                        })}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
