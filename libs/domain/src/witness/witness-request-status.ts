import type { WitnessRequestStatus } from '@signoff/contracts';

/** When a request to a witness was settled, if it was, and when its link runs out. */
export interface WitnessRequestDates {
  expiresAt: string;
  revokedAt: string | null;
  submittedAt: string | null;
}

/**
 * Where a request stands at `now`: a statement given or a revocation settles it for good; an
 * unsettled one is open until its link expires (at `expiresAt` itself it has expired).
 */
export function witnessRequestStatus(
  request: WitnessRequestDates,
  now: Date,
): WitnessRequestStatus {
  if (request.submittedAt !== null) return 'submitted';
  if (request.revokedAt !== null) return 'revoked';
  return new Date(request.expiresAt).getTime() <= now.getTime() ? 'expired' : 'open';
}
