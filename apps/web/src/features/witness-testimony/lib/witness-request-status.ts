import type { WitnessRequestStatus, WitnessRequestView } from '@signoff/contracts';
import { formatMoment } from '../../../lib/dates';

export const REQUEST_STATUS_WORDS: Record<WitnessRequestStatus, string> = {
  open: 'Open',
  submitted: 'Statement given',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** A request's status and when it came to it: "Open", "expires 14 Dec 2026, 10:00". */
export function requestStatusWords(
  request: Pick<WitnessRequestView, 'status' | 'expiresAt' | 'revokedAt' | 'submittedAt'>,
  format: (iso: string) => string = formatMoment,
): { label: string; when: string } {
  const label = REQUEST_STATUS_WORDS[request.status];
  switch (request.status) {
    case 'open':
      return { label, when: `expires ${format(request.expiresAt)}` };
    case 'expired':
      return { label, when: `on ${format(request.expiresAt)}` };
    case 'revoked':
      return { label, when: request.revokedAt ? `on ${format(request.revokedAt)}` : '' };
    case 'submitted':
      return { label, when: request.submittedAt ? `on ${format(request.submittedAt)}` : '' };
  }
}

/** What the asker is told once the request is made: how long the link lasts and how it travels. */
export function createdLinkNotice(
  request: Pick<WitnessRequestView, 'expiresAt' | 'emailed' | 'witness'>,
  format: (iso: string) => string = formatMoment,
): string[] {
  return [
    `It works until ${format(request.expiresAt)}, for one statement.`,
    request.emailed
      ? `It has also been sent by email to ${request.witness.email}.`
      : `It has not been sent by email: copy it and send it to ${request.witness.name} yourself, by text message or email.`,
    'It is shown only now: Signoff keeps no copy it could show again.',
  ];
}

/** Who the person is to the request's enrolment. */
export interface RequestViewer {
  userId: string;
  /** They may ask a witness on this enrolment (its learner or its assessor, while active). */
  mayAsk: boolean;
  isAssessor: boolean;
  /** An admin of the enrolment's centre. */
  isAdmin: boolean;
}

/**
 * Who may withdraw a request, as the API allows: whoever asked (while they may ask), the
 * enrolment's assessor, or an admin of its centre. A learner does not withdraw their assessor's.
 */
export function mayRevoke(
  request: Pick<WitnessRequestView, 'requestedBy'>,
  { userId, mayAsk, isAssessor, isAdmin }: RequestViewer,
): boolean {
  return (mayAsk && request.requestedBy.id === userId) || isAssessor || isAdmin;
}
