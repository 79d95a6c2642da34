import type { EnrolmentHours, ReviewHoursRequest } from '@signoff/contracts';
import { apiClient } from '../../../lib/api-client';
import { hoursPath, useHoursWrite } from './get-hours';

/** The assessor confirms an entry, or queries it saying why. */
export function useReviewHours(enrolmentId: string, entryId: string) {
  return useHoursWrite(enrolmentId, (request: ReviewHoursRequest) =>
    apiClient.post<EnrolmentHours>(
      `${hoursPath(enrolmentId)}/${encodeURIComponent(entryId)}/reviews`,
      request,
    ),
  );
}
