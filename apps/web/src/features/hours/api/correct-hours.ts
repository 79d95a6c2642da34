import type { EnrolmentHours, LogHoursRequest } from '@signoff/contracts';
import { apiClient } from '../../../lib/api-client';
import { hoursPath, useHoursWrite } from './get-hours';

/** The learner corrects a confirmed entry: a new entry in its place. */
export function useCorrectHours(enrolmentId: string, entryId: string) {
  return useHoursWrite(enrolmentId, (request: LogHoursRequest) =>
    apiClient.post<EnrolmentHours>(
      `${hoursPath(enrolmentId)}/${encodeURIComponent(entryId)}/corrections`,
      request,
    ),
  );
}
