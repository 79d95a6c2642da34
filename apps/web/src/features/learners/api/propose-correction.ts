import { type ProposeCorrectionRequest } from '@signoff/contracts';
import type { LearnerProfile } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { learnersQueryKey } from './get-learners';

/** A learner asks for a correction to their own record; an admin resolves or declines it. */
export function proposeCorrection(
  learnerId: string,
  body: ProposeCorrectionRequest,
): Promise<LearnerProfile> {
  return apiClient.post<LearnerProfile>(
    `/api/learners/${encodeURIComponent(learnerId)}/corrections`,
    body,
  );
}

export function useProposeCorrection(learnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeCorrectionRequest) => proposeCorrection(learnerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learnersQueryKey }),
  });
}

export type { ProposeCorrectionRequest };
