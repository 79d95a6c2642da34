import type { SignOffRecord, SignRowsRequest, SignUnitRequest } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentSignOffKey } from './get-unit-sign-off';

/** What the assessor or the learner signs on one unit of one enrolment. */
export type Signing =
  { kind: 'rows'; rows: string[] } | { kind: 'unit' } | { kind: 'countersignature' };

export interface SignAttempt {
  password: string;
  /** Made once per opening of the dialog, so a retry after a lost answer signs once. */
  idempotencyKey: string;
}

export function sign(
  enrolmentId: string,
  unit: string,
  signing: Signing,
  { password, idempotencyKey }: SignAttempt,
): Promise<SignOffRecord> {
  const enrolment = `/api/enrolments/${encodeURIComponent(enrolmentId)}`;
  const headers = { 'Idempotency-Key': idempotencyKey };
  if (signing.kind === 'rows') {
    const body: SignRowsRequest = { unit, rows: signing.rows, password };
    return apiClient.post<SignOffRecord>(`${enrolment}/sign-offs`, body, headers);
  }
  const body: SignUnitRequest = { password };
  const action = signing.kind === 'unit' ? 'unit-sign-off' : 'countersignature';
  return apiClient.post<SignOffRecord>(
    `${enrolment}/units/${encodeURIComponent(unit)}/${action}`,
    body,
    headers,
  );
}

/**
 * Signs, then reads the enrolment afresh (the matrix, and its progress) whatever the answer: a
 * refusal may mean the matrix changed under the signer.
 */
export function useSign(enrolmentId: string, unit: string, signing: Signing) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attempt: SignAttempt) => sign(enrolmentId, unit, signing, attempt),
    onSettled: () => queryClient.invalidateQueries({ queryKey: enrolmentSignOffKey(enrolmentId) }),
  });
}
