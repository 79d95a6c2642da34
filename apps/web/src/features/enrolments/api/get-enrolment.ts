import type { EnrolmentDetail } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

export function getEnrolment(id: string): Promise<EnrolmentDetail> {
  return apiClient.get<EnrolmentDetail>(`/api/enrolments/${encodeURIComponent(id)}`);
}

export function enrolmentQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...enrolmentsQueryKey, id, 'detail'],
    queryFn: () => getEnrolment(id),
  });
}

export function useEnrolment(id: string) {
  return useQuery(enrolmentQueryOptions(id));
}
