import type { EnrolmentDetail, ReassignEnrolmentRequest } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

export function reassignEnrolment(
  id: string,
  body: ReassignEnrolmentRequest,
): Promise<EnrolmentDetail> {
  return apiClient.put<EnrolmentDetail>(`/api/enrolments/${encodeURIComponent(id)}/staff`, body);
}

export function useReassignEnrolment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignEnrolmentRequest) => reassignEnrolment(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }),
  });
}
