import type { WitnessRequestView } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every cached answer about witness requests starts with this key. */
export const witnessRequestsQueryKey = ['witness-requests'] as const;

function requestsPath(enrolmentId: string): string {
  return `/api/enrolments/${encodeURIComponent(enrolmentId)}/witness-requests`;
}

export function getWitnessRequests(enrolmentId: string): Promise<WitnessRequestView[]> {
  return apiClient.get<WitnessRequestView[]>(requestsPath(enrolmentId));
}

export function witnessRequestsQueryOptions(enrolmentId: string) {
  return queryOptions({
    queryKey: [...witnessRequestsQueryKey, enrolmentId],
    queryFn: () => getWitnessRequests(enrolmentId),
  });
}

/** The enrolment's requests for witness testimony, newest first as the API lists them. */
export function useWitnessRequests(enrolmentId: string) {
  return useQuery(witnessRequestsQueryOptions(enrolmentId));
}
