import type { ProgressSettings } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const progressSettingsQueryKey = ['progress-settings'] as const;

export function getProgressSettings(centreId: string): Promise<ProgressSettings> {
  return apiClient.get<ProgressSettings>(
    `/api/centres/${encodeURIComponent(centreId)}/progress-settings`,
  );
}

export function progressSettingsQueryOptions(centreId: string) {
  return queryOptions({
    queryKey: [...progressSettingsQueryKey, centreId],
    queryFn: () => getProgressSettings(centreId),
  });
}

export function useProgressSettings(centreId: string) {
  return useQuery(progressSettingsQueryOptions(centreId));
}
