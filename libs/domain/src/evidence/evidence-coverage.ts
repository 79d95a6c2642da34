import type { AssessmentMethod, EvidenceClaim, EvidenceStatus, Unit } from '@signoff/contracts';

/** What coverage needs of an evidence item: its newest version's status, method and claims. */
export interface CoverageEvidence {
  status: EvidenceStatus;
  method: AssessmentMethod;
  claims: readonly EvidenceClaim[];
}

export interface CriterionCoverage {
  criterion: string;
  /** Items claiming this criterion, or its whole outcome. */
  items: number;
  accepted: number;
  /** Methods the criterion must be assessed by that none of those items uses yet. */
  missingMethods: AssessmentMethod[];
}

export interface OutcomeCoverage {
  outcome: string;
  /** Items claiming the outcome, whole or through any of its criteria. */
  items: number;
  accepted: number;
  missingMethods: AssessmentMethod[];
  criteria: CriterionCoverage[];
}

export interface UnitCoverage {
  unit: string;
  outcomes: OutcomeCoverage[];
  /** Outcomes with at least one item. */
  covered: number;
}

/**
 * How far a portfolio's evidence reaches across the units' learning outcomes and criteria, so
 * that a learner and their assessor see the gaps. Referred evidence counts for nothing until it
 * is revised; a claim on a whole outcome covers each of its criteria.
 */
export function evidenceCoverage(
  units: readonly Unit[],
  evidence: readonly CoverageEvidence[],
): UnitCoverage[] {
  const counted = evidence.filter((item) => item.status !== 'referred');
  return units.flatMap((unit) => {
    if (unit.reference === null) return [];
    const reference = unit.reference;
    const outcomes = unit.outcomes.map((outcome): OutcomeCoverage => {
      const claiming = (criterion: string | null) =>
        counted.filter((item) =>
          item.claims.some(
            (claim) =>
              claim.unit === reference &&
              claim.outcome === outcome.number &&
              (criterion === null || claim.criterion === null || claim.criterion === criterion),
          ),
        );
      return {
        outcome: outcome.number,
        ...tally(claiming(null), outcome.requiredMethods),
        criteria: outcome.criteria.map((criterion) => ({
          criterion: criterion.number,
          ...tally(claiming(criterion.number), criterion.requiredMethods),
        })),
      };
    });
    return [
      {
        unit: reference,
        outcomes,
        covered: outcomes.filter((outcome) => outcome.items > 0).length,
      },
    ];
  });
}

function tally(
  items: readonly CoverageEvidence[],
  required: readonly AssessmentMethod[],
): { items: number; accepted: number; missingMethods: AssessmentMethod[] } {
  return {
    items: items.length,
    accepted: items.filter((item) => item.status === 'accepted').length,
    missingMethods: required.filter((method) => !items.some((item) => item.method === method)),
  };
}
