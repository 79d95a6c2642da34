import type { EnrolmentProgress, QualificationDocument } from '@signoff/contracts';
import { evaluateRules } from '../catalogue/evaluate-rules';

export interface SignedOffOutcome {
  unit: string;
  outcome: string;
}

/**
 * An enrolment's progress: a unit is achieved when every one of its learning outcomes is signed
 * off, in progress when some are or evidence is mapped to it, else not started. The rules of
 * combination are applied to the achieved units and to the planned ones.
 */
export function computeProgress(
  qualification: Pick<QualificationDocument, 'units' | 'pathways' | 'rules'>,
  enrolment: { pathway: string | null; plannedUnits: readonly string[] },
  signedOff: readonly SignedOffOutcome[],
  unitsWithEvidence: readonly string[] = [],
): EnrolmentProgress {
  const units = qualification.units
    .filter((unit): unit is typeof unit & { reference: string } => unit.reference !== null)
    .map((unit) => {
      const outcomes = new Set(unit.outcomes.map((outcome) => outcome.number));
      const done = new Set(
        signedOff
          .filter((item) => item.unit === unit.reference && outcomes.has(item.outcome))
          .map((item) => item.outcome),
      );
      const achieved = outcomes.size > 0 && done.size === outcomes.size;
      const started = done.size > 0 || unitsWithEvidence.includes(unit.reference);
      return {
        reference: unit.reference,
        title: unit.title,
        credits: unit.credits,
        planned: enrolment.plannedUnits.includes(unit.reference),
        status: achieved
          ? ('achieved' as const)
          : started
            ? ('in_progress' as const)
            : ('not_started' as const),
        outcomesSignedOff: done.size,
        outcomesTotal: outcomes.size,
      };
    });
  const achievedUnits = units
    .filter((unit) => unit.status === 'achieved')
    .map((unit) => unit.reference);
  return {
    units,
    achieved: evaluateRules(qualification, { pathway: enrolment.pathway, units: achievedUnits }),
    planned: evaluateRules(qualification, {
      pathway: enrolment.pathway,
      units: enrolment.plannedUnits,
    }),
  };
}
