import type { EvidenceClaim, Unit } from '@signoff/contracts';

/** The units of the enrolment's plan: what an assessor maps to and a witness is asked about. */
export function plannedUnitsOf(units: readonly Unit[], plannedUnits: readonly string[]): Unit[] {
  return units.filter((unit) => unit.reference !== null && plannedUnits.includes(unit.reference));
}

/** One claim as a string, for sets and keys. */
export function claimKey(claim: EvidenceClaim): string {
  return [claim.unit, claim.outcome, claim.criterion ?? ''].join('|');
}

export interface ClaimedOutcome {
  outcome: string;
  /** The outcome's title in the enrolment's version, when the version is known. */
  title: string | null;
  /** The outcome itself is claimed, not only some of its criteria. */
  whole: boolean;
  criteria: { number: string; title: string | null }[];
}

export interface ClaimedUnit {
  unit: string;
  title: string | null;
  outcomes: ClaimedOutcome[];
}

/** Claims grouped by unit and outcome, in the order of the qualification where it is known. */
export function claimsByUnit(
  claims: readonly EvidenceClaim[],
  units: readonly Unit[] = [],
): ClaimedUnit[] {
  const groups = new Map<string, ClaimedUnit>();
  for (const claim of claims) {
    const unit = units.find((candidate) => candidate.reference === claim.unit);
    let group = groups.get(claim.unit);
    if (!group) {
      group = { unit: claim.unit, title: unit?.title ?? null, outcomes: [] };
      groups.set(claim.unit, group);
    }
    const outcome = unit?.outcomes.find((candidate) => candidate.number === claim.outcome);
    let claimed = group.outcomes.find((candidate) => candidate.outcome === claim.outcome);
    if (!claimed) {
      claimed = {
        outcome: claim.outcome,
        title: outcome?.title ?? null,
        whole: false,
        criteria: [],
      };
      group.outcomes.push(claimed);
    }
    if (claim.criterion === null) claimed.whole = true;
    else
      claimed.criteria.push({
        number: claim.criterion,
        title:
          outcome?.criteria.find((criterion) => criterion.number === claim.criterion)?.title ??
          null,
      });
  }
  const order = (reference: string) => {
    const index = units.findIndex((unit) => unit.reference === reference);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return [...groups.values()]
    .sort((a, b) => order(a.unit) - order(b.unit) || byNumber(a.unit, b.unit))
    .map((group) => ({
      ...group,
      outcomes: group.outcomes
        .sort((a, b) => byNumber(a.outcome, b.outcome))
        .map((outcome) => ({
          ...outcome,
          criteria: outcome.criteria.sort((a, b) => byNumber(a.number, b.number)),
        })),
    }));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Mapped to 3 outcomes in 2 units", or that nothing is mapped yet. */
export function mappingSummary(claims: readonly EvidenceClaim[]): string {
  const outcomes = new Set(claims.map((claim) => `${claim.unit}|${claim.outcome}`));
  const units = new Set(claims.map((claim) => claim.unit));
  if (outcomes.size === 0) return 'Not mapped to any learning outcome yet.';
  return `Mapped to ${plural(outcomes.size, 'outcome', 'outcomes')} in ${plural(units.size, 'unit', 'units')}.`;
}
