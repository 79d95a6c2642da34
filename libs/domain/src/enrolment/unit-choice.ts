import type { FieldError, RulesEvaluation } from '@signoff/contracts';
import { evaluateRules, type RulesSubject } from '../catalogue/evaluate-rules';

export interface UnitChoiceCheck {
  /** Refusals: the plan cannot be saved. */
  problems: FieldError[];
  /** What the rules of combination still require of the plan; a plan may be incomplete. */
  evaluation: RulesEvaluation;
}

/**
 * A learner's planned units, checked against the rules of combination. The plan may be
 * incomplete (the evaluation says what is still needed), but it cannot name units the
 * qualification does not have, nor drop a unit already achieved.
 */
export function checkUnitChoice(
  qualification: RulesSubject,
  choice: { pathway: string | null; planned: readonly string[]; achieved: readonly string[] },
): UnitChoiceCheck {
  const evaluation = evaluateRules(qualification, {
    pathway: choice.pathway,
    units: choice.planned,
  });
  const problems: FieldError[] = [];
  choice.planned.forEach((reference, index) => {
    if (evaluation.unknown.includes(reference))
      problems.push({
        path: `plannedUnits.${index}`,
        message: `${reference} is not a unit of this qualification`,
      });
  });
  for (const reference of choice.achieved) {
    if (!choice.planned.includes(reference))
      problems.push({
        path: 'plannedUnits',
        message: `${reference} is achieved and stays in the plan`,
      });
  }
  return { problems, evaluation };
}
