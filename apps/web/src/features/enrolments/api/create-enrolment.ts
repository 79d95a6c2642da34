import { type CreateEnrolmentRequest } from '@signoff/contracts';
import type { EnrolmentDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

/**
 * Enrols the learner on the newest published version. An unmet entry requirement without an
 * override reason is a 409 ENTRY_REQUIREMENTS_NOT_MET listing each one.
 */
export function createEnrolment(body: CreateEnrolmentRequest): Promise<EnrolmentDetail> {
  return apiClient.post<EnrolmentDetail>('/api/enrolments', body);
}

export function useCreateEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEnrolment,
    // The learners list counts enrolments.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['learners'] }),
      ]),
  });
}

export type { CreateEnrolmentRequest };
