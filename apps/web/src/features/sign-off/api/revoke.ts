import type { RevocationRequest, SignOffRecord } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { signOffKey } from './get-sign-off';
import { enrolmentSignOffKey } from './get-unit-sign-off';

export function revokeSignOff(signOffId: string, body: RevocationRequest): Promise<SignOffRecord> {
  return apiClient.post<SignOffRecord>(
    `/api/sign-offs/${encodeURIComponent(signOffId)}/revocations`,
    body,
  );
}

/**
 * Revokes, then shows the signature as the API answered it and reads its enrolment afresh (the
 * matrix and progress no longer count it); a refusal (revoked meanwhile) reads the signature again.
 */
export function useRevoke(signOff: Pick<SignOffRecord, 'id' | 'enrolmentId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RevocationRequest) => revokeSignOff(signOff.id, request),
    onSuccess: (revoked) => queryClient.setQueryData(signOffKey(signOff.id), revoked),
    onError: () => queryClient.invalidateQueries({ queryKey: signOffKey(signOff.id) }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: enrolmentSignOffKey(signOff.enrolmentId) }),
  });
}
