import { type UpdateEnrolmentRequest } from '@signoff/contracts';
import type { EnrolmentDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

export function updateEnrolment(
  id: string,
  body: UpdateEnrolmentRequest,
): Promise<EnrolmentDetail> {
  return apiClient.patch<EnrolmentDetail>(`/api/enrolments/${encodeURIComponent(id)}`, body);
}

export function useUpdateEnrolment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEnrolmentRequest) => updateEnrolment(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }),
  });
}

export type { UpdateEnrolmentRequest };
