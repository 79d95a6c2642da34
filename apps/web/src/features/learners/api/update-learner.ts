import { type LearnerProfileRequest } from '@signoff/contracts';
import type { LearnerProfile } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { learnersQueryKey } from './get-learners';

export function updateLearner(id: string, body: LearnerProfileRequest): Promise<LearnerProfile> {
  return apiClient.put<LearnerProfile>(`/api/learners/${encodeURIComponent(id)}`, body);
}

export function useUpdateLearner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LearnerProfileRequest) => updateLearner(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learnersQueryKey }),
  });
}

export type { LearnerProfileRequest };
