import type { ChangeEnrolmentStatusRequest, EnrolmentDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

/** A move the status rules refuse is a 409 STATUS_CHANGE_REFUSED. */
export function changeEnrolmentStatus(
  id: string,
  body: ChangeEnrolmentStatusRequest,
): Promise<EnrolmentDetail> {
  return apiClient.post<EnrolmentDetail>(`/api/enrolments/${encodeURIComponent(id)}/status`, body);
}

export function useChangeEnrolmentStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeEnrolmentStatusRequest) => changeEnrolmentStatus(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }),
  });
}
