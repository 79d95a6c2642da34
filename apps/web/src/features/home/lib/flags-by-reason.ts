import type { UnitProgressFlag } from '@signoff/contracts';

export interface FlagGroup {
  reason: string;
  /** The first of the group's flags, ISO 8601. */
  flaggedAt: string;
  /** What was signed, in the order flagged: "Criterion 1.1", "Outcome 2". */
  signed: string[];
}

/**
 * A unit's flags, those raised for one reason on one day together: one withdrawn acceptance
 * flags every row a signature covered, which the learner reads as one event.
 */
export function flagsByReason(flags: readonly UnitProgressFlag[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const flag of flags) {
    const key = `${flag.reason}\u0000${flag.flaggedAt.slice(0, 10)}`;
    const group = groups.get(key);
    if (group) group.signed.push(flag.signed);
    else groups.set(key, { reason: flag.reason, flaggedAt: flag.flaggedAt, signed: [flag.signed] });
  }
  return [...groups.values()];
}
