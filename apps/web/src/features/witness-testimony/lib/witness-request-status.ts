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
