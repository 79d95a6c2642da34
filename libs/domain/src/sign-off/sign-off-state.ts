import type { SignOff, SignOffRowState } from '@signoff/contracts';

/**
 * The signature that decides: the newest of those given (by the database's time, the later in
 * the list on a tie), since signing again after a revocation or a flag is how a row, or a unit,
 * comes to count again.
 */
export function newestSignOff(signOffs: readonly SignOff[]): SignOff | null {
  return signOffs.reduce<SignOff | null>(
    (newest, signOff) =>
      newest === null || Date.parse(signOff.signedAt) >= Date.parse(newest.signedAt)
        ? signOff
        : newest,
    null,
  );
}

/** A signature's state: signed, unless revoked (which wins, being deliberate) or flagged. */
export function signOffState(signOff: SignOff | null): SignOffRowState {
  if (signOff === null) return { status: 'unsigned' };
  const signed = {
    signOffId: signOff.id,
    signedBy: signOff.signer,
    signedAt: signOff.signedAt,
  };
  if (signOff.revoked)
    return {
      status: 'revoked',
      ...signed,
      revokedAt: signOff.revoked.at,
      revokedBy: signOff.revoked.by,
      reason: signOff.revoked.reason,
    };
  if (signOff.flagged)
    return {
      status: 'flagged',
      ...signed,
      flaggedAt: signOff.flagged.at,
      reason: signOff.flagged.reason,
    };
  return { status: 'signed', ...signed };
}

/** Why a signature (of a row, or of the unit) does not count, or null when it does. */
export function notCounting(
  state: SignOffRowState,
  unsigned: string,
  again: string,
): string | null {
  switch (state.status) {
    case 'signed':
      return null;
    case 'unsigned':
      return unsigned;
    case 'revoked':
      return `${again}: the signature was revoked (${state.reason})`;
    case 'flagged':
      return `${again}: the signature was flagged (${state.reason})`;
  }
}

/** A signature's time as a number, to say which came after which. */
export function signedTime(iso: string): number {
  return Date.parse(iso);
}
