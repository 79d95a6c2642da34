import { type CreateLearnerRequest, type CreateLearnerResponse } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { learnersQueryKey } from './get-learners';

/** Creates the learner's account (learner role at the centre) and their profile. */
export function createLearner(body: CreateLearnerRequest): Promise<CreateLearnerResponse> {
  return apiClient.post<CreateLearnerResponse>('/api/learners', body);
}

export function useCreateLearner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLearner,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learnersQueryKey }),
  });
}

export type { CreateLearnerRequest, CreateLearnerResponse };
