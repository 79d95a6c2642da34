import type { WitnessRequestView } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { witnessRequestsQueryKey } from './get-witness-requests';

/** Stops an open request's link working at once. */
export function revokeWitnessRequest(
  enrolmentId: string,
  requestId: string,
): Promise<WitnessRequestView> {
  return apiClient.post<WitnessRequestView>(
    `/api/enrolments/${encodeURIComponent(enrolmentId)}/witness-requests/${encodeURIComponent(requestId)}/revocation`,
  );
}

export function useRevokeWitnessRequest(
  enrolmentId: string,
  requestId: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeWitnessRequest(enrolmentId, requestId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: witnessRequestsQueryKey });
      onSuccess?.();
    },
  });
}
