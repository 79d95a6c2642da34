import type { EnrolmentHours, LogHoursRequest } from '@signoff/contracts';
import { apiClient } from '../../../lib/api-client';
import { hoursPath, useHoursWrite } from './get-hours';

/** The learner logs hours. */
export function useLogHours(enrolmentId: string) {
  return useHoursWrite(enrolmentId, (request: LogHoursRequest) =>
    apiClient.post<EnrolmentHours>(hoursPath(enrolmentId), request),
  );
}
