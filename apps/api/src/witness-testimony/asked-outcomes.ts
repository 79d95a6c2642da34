import type { EvidenceClaim, QualificationDocument, WitnessPage } from '@signoff/contracts';

/** The outcomes (and criteria) a witness is asked about, in the words of the qualification. */
export function askedOutcomes(
  units: QualificationDocument['units'],
  claims: readonly EvidenceClaim[],
): WitnessPage['outcomes'] {
  return claims.flatMap((claim) => {
    const unit = units.find((candidate) => candidate.reference === claim.unit);
    const outcome = unit?.outcomes.find((candidate) => candidate.number === claim.outcome);
    if (!unit || !outcome) return [];
    const criterion =
      claim.criterion === null
        ? null
        : (outcome.criteria.find((candidate) => candidate.number === claim.criterion) ?? null);
    return [
      {
        unit: claim.unit,
        unitTitle: unit.title,
        outcome: claim.outcome,
        outcomeTitle: outcome.title,
        criterion: claim.criterion,
        criterionTitle: criterion?.title ?? null,
      },
    ];
  });
}
