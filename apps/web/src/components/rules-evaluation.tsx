import type { RulesEvaluation } from '@signoff/contracts';

const KIND_WORDS = { mandatory: 'Mandatory', pathway: 'Pathway', optional: 'Optional' } as const;

export interface RulesEvaluationViewProps {
  evaluation: RulesEvaluation;
  /** Words for the verdict, e.g. "This plan" rather than "This choice". */
  subject?: string;
  /** The level of its headings, under the section that shows it. */
  headingLevel?: 3 | 4;
}

/** A choice of units against the rules of combination: the verdict, what is missing, each group. */
export function RulesEvaluationView({
  evaluation,
  subject = 'This choice',
  headingLevel = 4,
}: RulesEvaluationViewProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="evaluation">
      <p
        className={evaluation.satisfied ? 'evaluation__verdict--met' : 'evaluation__verdict--unmet'}
      >
        {evaluation.satisfied
          ? `${subject} meets the rules of combination.`
          : `${subject} does not meet the rules of combination yet.`}{' '}
        Total: {evaluation.totalCredits} credits.
      </p>
      {evaluation.shortfalls.length > 0 ? (
        <>
          <Heading>What is missing</Heading>
          <ul>
            {evaluation.shortfalls.map((shortfall) => (
              <li key={shortfall}>{shortfall}</li>
            ))}
          </ul>
        </>
      ) : null}
      {evaluation.groups.length > 0 ? (
        <>
          <Heading>Credits by group</Heading>
          <ul className="plain-list evaluation__groups">
            {evaluation.groups.map((group) => (
              <li key={group.key}>
                <span className={group.satisfied ? 'badge badge--published' : 'badge badge--draft'}>
                  {group.satisfied ? 'Met' : 'Not met'}
                </span>{' '}
                {group.title} ({KIND_WORDS[group.kind]}): {group.credits} credits
                {group.units.length > 0 ? (
                  <span className="muted"> from {group.units.join(', ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evaluation.uncounted.length > 0 ? (
        <p>Not counted towards any group: {evaluation.uncounted.join(', ')}.</p>
      ) : null}
      {evaluation.unknown.length > 0 ? (
        <p>Not units of this qualification: {evaluation.unknown.join(', ')}.</p>
      ) : null}
    </div>
  );
}
