import type { QualificationSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every cached answer about qualifications starts with this key, so one invalidation reaches all. */
export const qualificationsQueryKey = ['qualifications'] as const;

export function getQualifications(): Promise<QualificationSummary[]> {
  return apiClient.get<QualificationSummary[]>('/api/qualifications');
}

export const qualificationsQueryOptions = queryOptions({
  queryKey: [...qualificationsQueryKey, 'list'],
  queryFn: getQualifications,
});

export function useQualifications() {
  return useQuery(qualificationsQueryOptions);
}
