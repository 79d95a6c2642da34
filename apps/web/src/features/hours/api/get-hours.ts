import type { EnrolmentHours } from '@signoff/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const hoursQueryKey = (enrolmentId: string) => ['hours', enrolmentId] as const;

export const hoursPath = (enrolmentId: string) =>
  `/api/enrolments/${encodeURIComponent(enrolmentId)}/hours`;

/** An enrolment's hours: entries newest first, their reviews, and the totals against targets. */
export function useHours(enrolmentId: string) {
  return useQuery({
    queryKey: hoursQueryKey(enrolmentId),
    queryFn: () => apiClient.get<EnrolmentHours>(hoursPath(enrolmentId)),
  });
}

/** A write to an enrolment's hours: each answers the hours as they now stand. */
export function useHoursWrite<Request>(
  enrolmentId: string,
  send: (request: Request) => Promise<EnrolmentHours>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (hours) => queryClient.setQueryData(hoursQueryKey(enrolmentId), hours),
  });
}
