import type { QualificationDocument } from '@signoff/contracts';

/** Until the learner plans otherwise: the mandatory and required units, each once. */
export function defaultPlan(doc: QualificationDocument): string[] {
  const units = [
    ...doc.rules.groups
      .filter((group) => group.kind === 'mandatory')
      .flatMap((group) => group.units),
    ...doc.rules.requiredUnits,
  ];
  return [...new Set(units)];
}
