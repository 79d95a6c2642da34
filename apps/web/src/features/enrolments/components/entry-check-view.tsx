import type { EntryCheck, RequirementOutcome } from '@signoff/contracts';

const OUTCOME_WORDS: Record<RequirementOutcome, string> = {
  met: 'Met',
  not_met: 'Not met',
  needs_review: 'Needs review',
};

const KIND_WORDS: Record<string, string> = {
  minimum_age: 'Minimum age',
  prior_qualification: 'Prior qualification',
  experience: 'Experience',
  english_proficiency: 'English language',
  other: 'Other',
};

export function entryCheckVerdict(check: EntryCheck): string {
  if (check.blocking)
    return 'The learner does not meet every entry requirement. Enrolling them needs a written reason for the override.';
  if (check.outcome === 'needs_review')
    return 'Some requirements need a person to review the evidence. They do not stop the enrolment.';
  if (check.outcome === 'not_met')
    return 'Only advisory requirements are not met. They do not stop the enrolment.';
  return 'The learner meets every entry requirement.';
}

export interface EntryCheckViewProps {
  check: EntryCheck;
}

/** Every requirement with its outcome and reason; advisory ones are marked and never block. */
export function EntryCheckView({ check }: EntryCheckViewProps) {
  return (
    <>
      <p
        className={
          check.blocking
            ? 'verdict verdict--unmet'
            : check.outcome === 'met'
              ? 'verdict verdict--met'
              : 'verdict verdict--review'
        }
      >
        {entryCheckVerdict(check)}
      </p>
      {check.results.length === 0 ? (
        <p>This qualification states no entry requirements.</p>
      ) : (
        <ul className="entry-check">
          {check.results.map((result, index) => (
            <li key={index} className={`entry-check__item entry-check__item--${result.outcome}`}>
              <p className="entry-check__title">
                <span className={`badge badge--outcome-${result.outcome}`}>
                  {OUTCOME_WORDS[result.outcome]}
                </span>{' '}
                <strong>{KIND_WORDS[result.kind] ?? result.kind}</strong>{' '}
                {result.advisory ? <span className="badge badge--advisory">Advisory</span> : null}
              </p>
              <p>{result.description}</p>
              <p className="entry-check__reason">
                <span className="muted">Reason: </span>
                {result.reason}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
