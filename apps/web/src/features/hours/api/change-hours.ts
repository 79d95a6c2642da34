import type { ChangeHoursRequest, EnrolmentHours } from '@signoff/contracts';
import { apiClient } from '../../../lib/api-client';
import { hoursPath, useHoursWrite } from './get-hours';

/** The learner changes an entry not yet confirmed. */
export function useChangeHours(enrolmentId: string, entryId: string) {
  return useHoursWrite(enrolmentId, (request: ChangeHoursRequest) =>
    apiClient.put<EnrolmentHours>(
      `${hoursPath(enrolmentId)}/${encodeURIComponent(entryId)}`,
      request,
    ),
  );
}
