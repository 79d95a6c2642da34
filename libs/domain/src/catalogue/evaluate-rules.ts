import type { QualificationDocument, RulesEvaluation, Unit, UnitGroup } from '@signoff/contracts';

export type RulesSubject = Pick<QualificationDocument, 'units' | 'pathways' | 'rules'>;

export interface UnitChoice {
  pathway: string | null;
  /** Unit references: achieved units, or a planned set. */
  units: readonly string[];
}

const KIND_ORDER = { mandatory: 0, pathway: 1, optional: 2 } as const;

/**
 * Does this set of units satisfy the rules of combination on this pathway? Each unit counts
 * towards one group at most (mandatory first, then the chosen pathway's, then optional); a unit
 * of another pathway never counts towards the chosen pathway's group, nor towards the total.
 */
export function evaluateRules(qualification: RulesSubject, choice: UnitChoice): RulesEvaluation {
  const { rules } = qualification;
  const units = unitsByReference(qualification.units);
  const given = [...new Set(choice.units)];
  const known = given.filter((reference) => units.has(reference));
  const unknown = given.filter((reference) => !units.has(reference));
  const shortfalls: string[] = [...pathwayShortfalls(qualification, choice.pathway)];

  const applicable = rules.groups.filter(
    (group) => group.kind !== 'pathway' || group.pathway === choice.pathway,
  );
  const byPrecedence = [...applicable].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const groupOf = new Map<string, string>();
  for (const reference of known) {
    const group = byPrecedence.find((candidate) => candidate.units.includes(reference));
    if (group) groupOf.set(reference, group.key);
  }
  const required = new Set(rules.requiredUnits);
  const counted = known.filter((reference) => groupOf.has(reference) || required.has(reference));
  const credits = (references: string[]) =>
    references.reduce((sum, reference) => sum + (units.get(reference)?.credits ?? 0), 0);

  const groups = applicable.map((group) => {
    const members = known.filter((reference) => groupOf.get(reference) === group.key);
    const total = credits(members);
    const problems = groupShortfalls(group, members, total, required, units);
    shortfalls.push(...problems);
    return {
      key: group.key,
      title: group.title,
      kind: group.kind,
      credits: total,
      units: members,
      satisfied: problems.length === 0,
    };
  });

  for (const reference of rules.requiredUnits) {
    if (!known.includes(reference)) shortfalls.push(`Required unit ${reference} missing`);
  }
  const totalCredits = credits(counted);
  if (rules.minimumCredits !== null && totalCredits < rules.minimumCredits) {
    shortfalls.push(`Total: ${totalCredits} of ${rules.minimumCredits} credits`);
  }
  for (const { level, credits: needed } of rules.minimumCreditsAtLevel) {
    const atLevel = credits(
      counted.filter((reference) => (units.get(reference)?.level ?? 0) >= level),
    );
    if (atLevel < needed)
      shortfalls.push(`Level ${level} or above: ${atLevel} of ${needed} credits`);
  }
  for (const barred of rules.barredCombinations) {
    const taken = barred.units.filter((reference) => known.includes(reference));
    if (taken.length > 1) {
      shortfalls.push(
        `Barred combination: ${taken.join(' with ')}${barred.reason ? ` (${barred.reason})` : ''}`,
      );
    }
  }
  for (const reference of counted) {
    if (units.get(reference)?.credits === null)
      shortfalls.push(`Unit ${reference} has no credit value`);
  }
  for (const reference of unknown)
    shortfalls.push(`Unit ${reference} is not part of this qualification`);

  return {
    satisfied: shortfalls.length === 0,
    totalCredits,
    groups,
    shortfalls,
    uncounted: known.filter((reference) => !counted.includes(reference)),
    unknown,
  };
}

export function unitsByReference(units: readonly Unit[]): Map<string, Unit> {
  const map = new Map<string, Unit>();
  for (const unit of units)
    if (unit.reference !== null && !map.has(unit.reference)) map.set(unit.reference, unit);
  return map;
}

function pathwayShortfalls(qualification: RulesSubject, pathway: string | null): string[] {
  if (qualification.pathways.length === 0) {
    return pathway === null ? [] : [`This qualification has no pathways ("${pathway}" given)`];
  }
  if (pathway === null) return ['No pathway chosen'];
  return qualification.pathways.some((candidate) => candidate.code === pathway)
    ? []
    : [`Unknown pathway "${pathway}"`];
}

function groupShortfalls(
  group: UnitGroup,
  members: string[],
  credits: number,
  required: Set<string>,
  units: Map<string, Unit>,
): string[] {
  const shortfalls: string[] = [];
  if (group.kind === 'mandatory') {
    for (const reference of group.units) {
      // A required unit's absence is reported once, as a required unit.
      if (!members.includes(reference) && !required.has(reference)) {
        shortfalls.push(
          `${group.title}: unit ${reference} (${units.get(reference)?.title ?? 'unknown'}) missing`,
        );
      }
    }
  }
  if (group.minimumCredits !== null && credits < group.minimumCredits) {
    shortfalls.push(`${group.title}: ${credits} of ${group.minimumCredits} credits`);
  }
  if (group.maximumCredits !== null && credits > group.maximumCredits) {
    shortfalls.push(
      `${group.title}: ${credits} credits, more than the maximum of ${group.maximumCredits}`,
    );
  }
  if (group.minimumUnits !== null && members.length < group.minimumUnits) {
    shortfalls.push(`${group.title}: ${members.length} of ${group.minimumUnits} units`);
  }
  if (group.maximumUnits !== null && members.length > group.maximumUnits) {
    shortfalls.push(
      `${group.title}: ${members.length} units, more than the maximum of ${group.maximumUnits}`,
    );
  }
  return shortfalls;
}
