import type { CreatedWitnessRequest, CreateWitnessRequest } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { centreWitnessesQueryKey } from './get-centre-witnesses';
import { witnessRequestsQueryKey } from './get-witness-requests';

/** Asks a witness; the answer holds the link, which is never shown again. */
export function createWitnessRequest(
  enrolmentId: string,
  request: CreateWitnessRequest,
): Promise<CreatedWitnessRequest> {
  return apiClient.post<CreatedWitnessRequest>(
    `/api/enrolments/${encodeURIComponent(enrolmentId)}/witness-requests`,
    request,
  );
}

export function useCreateWitnessRequest(enrolmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateWitnessRequest) => createWitnessRequest(enrolmentId, request),
    // A new witness joins the centre's register as well.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: witnessRequestsQueryKey }),
        queryClient.invalidateQueries({ queryKey: centreWitnessesQueryKey }),
      ]),
  });
}
