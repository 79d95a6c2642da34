import type { EnrolmentHours, SetHourTargetRequest } from '@signoff/contracts';
import { apiClient } from '../../../lib/api-client';
import { useHoursWrite } from './get-hours';

/** A centre admin sets a target the catalogue does not state. */
export function useSetHourTarget(enrolmentId: string) {
  return useHoursWrite(enrolmentId, (request: SetHourTargetRequest) =>
    apiClient.put<EnrolmentHours>(
      `/api/enrolments/${encodeURIComponent(enrolmentId)}/hour-targets`,
      request,
    ),
  );
}
