import type { UploadLimits } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The server's limits change only with its configuration: read them once per visit. */
export function useUploadLimits() {
  return useQuery({
    queryKey: ['upload-limits'],
    queryFn: () => apiClient.get<UploadLimits>('/api/files/limits'),
    staleTime: Infinity,
  });
}
