import type { LearnerSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every cached answer about learners starts with this key, so one invalidation reaches all. */
export const learnersQueryKey = ['learners'] as const;

export function getLearners(): Promise<LearnerSummary[]> {
  return apiClient.get<LearnerSummary[]>('/api/learners');
}

export const learnersQueryOptions = queryOptions({
  queryKey: [...learnersQueryKey, 'list'],
  queryFn: getLearners,
});

export function useLearners() {
  return useQuery(learnersQueryOptions);
}
