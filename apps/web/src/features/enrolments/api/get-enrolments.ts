import type { EnrolmentSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every cached answer about enrolments starts with this key, so one invalidation reaches all. */
export const enrolmentsQueryKey = ['enrolments'] as const;

/**
 * The enrolments the person may see: a centre's for its admins and EQAs, those an assessor or
 * IQA holds, a learner's own.
 */
export function getEnrolments(): Promise<EnrolmentSummary[]> {
  return apiClient.get<EnrolmentSummary[]>('/api/enrolments');
}

export const enrolmentsQueryOptions = queryOptions({
  queryKey: [...enrolmentsQueryKey, 'list'],
  queryFn: getEnrolments,
});

export function useEnrolments() {
  return useQuery(enrolmentsQueryOptions);
}
