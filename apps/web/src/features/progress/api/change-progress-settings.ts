import type { ProgressSettings, ProgressSettingsRequest } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { progressSettingsQueryKey } from './get-progress-settings';

export function changeProgressSettings(
  centreId: string,
  body: ProgressSettingsRequest,
): Promise<ProgressSettings> {
  return apiClient.put<ProgressSettings>(
    `/api/centres/${encodeURIComponent(centreId)}/progress-settings`,
    body,
  );
}

export function useChangeProgressSettings(centreId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgressSettingsRequest) => changeProgressSettings(centreId, body),
    onSuccess: (settings) =>
      queryClient.setQueryData([...progressSettingsQueryKey, centreId], settings),
  });
}
