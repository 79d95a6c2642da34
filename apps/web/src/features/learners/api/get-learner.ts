import type { LearnerDetail } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { learnersQueryKey } from './get-learners';

export function getLearner(id: string): Promise<LearnerDetail> {
  return apiClient.get<LearnerDetail>(`/api/learners/${encodeURIComponent(id)}`);
}

export function learnerQueryOptions(id: string) {
  return queryOptions({ queryKey: [...learnersQueryKey, id], queryFn: () => getLearner(id) });
}

export function useLearner(id: string) {
  return useQuery(learnerQueryOptions(id));
}
