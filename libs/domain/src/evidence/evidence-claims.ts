import type { EvidenceClaim, FieldError, QualificationDocument } from '@signoff/contracts';

/**
 * Claims name learning outcomes (and criteria) of the enrolment's qualification version, across
 * any of its units; each at most once. An assessor's mapping takes the same rule over the
 * enrolment's planned units: its `field` and the words for the units in scope say so.
 */
export function claimProblems(
  qualification: Pick<QualificationDocument, 'units'>,
  claims: readonly EvidenceClaim[],
  field = 'claims',
  unitsInScope = 'a unit of this qualification',
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  claims.forEach((claim, index) => {
    const at = `${field}.${index}`;
    const unit = qualification.units.find((candidate) => candidate.reference === claim.unit);
    if (!unit)
      return void problems.push({
        path: `${at}.unit`,
        message: `${claim.unit} is not ${unitsInScope}`,
      });
    const outcome = unit.outcomes.find((candidate) => candidate.number === claim.outcome);
    if (!outcome)
      return void problems.push({
        path: `${at}.outcome`,
        message: `unit ${claim.unit} has no learning outcome ${claim.outcome}`,
      });
    if (
      claim.criterion !== null &&
      !outcome.criteria.some((criterion) => criterion.number === claim.criterion)
    ) {
      return void problems.push({
        path: `${at}.criterion`,
        message: `outcome ${claim.unit} ${claim.outcome} has no criterion ${claim.criterion}`,
      });
    }
    const key = `${claim.unit}|${claim.outcome}|${claim.criterion ?? ''}`;
    if (seen.has(key)) problems.push({ path: at, message: 'repeats an earlier claim' });
    seen.add(key);
  });
  return problems;
}

/** The units an item's claims touch, each once, in the order first claimed. */
export function claimedUnits(claims: readonly EvidenceClaim[]): string[] {
  return [...new Set(claims.map((claim) => claim.unit))];
}
