import type { EnrolmentProgress } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

/** Each unit's progress, and the rules applied to the achieved and to the planned units. */
export function getEnrolmentProgress(id: string): Promise<EnrolmentProgress> {
  return apiClient.get<EnrolmentProgress>(`/api/enrolments/${encodeURIComponent(id)}/progress`);
}

export function enrolmentProgressQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...enrolmentsQueryKey, id, 'progress'],
    queryFn: () => getEnrolmentProgress(id),
  });
}

export function useEnrolmentProgress(id: string) {
  return useQuery(enrolmentProgressQueryOptions(id));
}
