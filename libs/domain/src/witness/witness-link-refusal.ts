import type { WitnessRequestDates } from './witness-request-status';
import { witnessRequestStatus } from './witness-request-status';

/**
 * Why a witness's link no longer takes a statement, in words for the witness (who has no account
 * and knows only who asked them), or null while it is open.
 */
export function witnessLinkRefusal(
  request: WitnessRequestDates & { requestedBy: string },
  now: Date,
): string | null {
  switch (witnessRequestStatus(request, now)) {
    case 'open':
      return null;
    case 'submitted':
      return `Your statement has already been given through this link, thank you. It cannot be changed here: if something needs adding or correcting, ask ${request.requestedBy} to send you a new request.`;
    case 'revoked':
      return `This link has been withdrawn and no longer works. Ask ${request.requestedBy} if they still need your statement.`;
    case 'expired':
      return `This link has expired. Ask ${request.requestedBy} for a new one.`;
  }
}
