import type { EnrolmentDetail, PlanUnitsRequest } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { enrolmentsQueryKey } from './get-enrolments';

/** Units the rules refuse come back as `plannedUnits.N`, naming the Nth unit sent. */
export function planUnits(id: string, body: PlanUnitsRequest): Promise<EnrolmentDetail> {
  return apiClient.put<EnrolmentDetail>(
    `/api/enrolments/${encodeURIComponent(id)}/unit-plan`,
    body,
  );
}

export function usePlanUnits(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanUnitsRequest) => planUnits(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }),
  });
}
