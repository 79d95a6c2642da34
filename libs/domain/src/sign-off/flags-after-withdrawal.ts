import type { SignOff } from '@signoff/contracts';

export interface FlagToRaise {
  signOffId: string;
  /** The withdrawn evidence versions it relied on. */
  withdrawn: string[];
}

/**
 * When an assessor withdraws acceptances, every signature still standing (neither revoked nor
 * already flagged) that relied on one of those versions must be flagged: rows, unit sign-offs and
 * countersignatures alike, superseded or not, since each one's record should say the ground
 * under it moved.
 */
export function flagsAfterWithdrawal(
  withdrawnVersionIds: readonly string[],
  signOffs: readonly SignOff[],
): FlagToRaise[] {
  const withdrawn = new Set(withdrawnVersionIds);
  return signOffs.flatMap((signOff) => {
    if (signOff.revoked || signOff.flagged) return [];
    const relied = signOff.reliedOn.filter((versionId) => withdrawn.has(versionId));
    return relied.length > 0 ? [{ signOffId: signOff.id, withdrawn: relied }] : [];
  });
}
