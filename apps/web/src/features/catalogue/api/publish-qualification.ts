import type { QualificationVersionDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { qualificationsQueryKey } from './get-qualifications';

/** Publishes the open draft; a 409 NOT_PUBLISHABLE lists every problem left. */
export function publishQualification(qualificationId: string): Promise<QualificationVersionDetail> {
  return apiClient.post<QualificationVersionDetail>(
    `/api/qualifications/${encodeURIComponent(qualificationId)}/publish`,
  );
}

export function usePublishQualification(
  qualificationId: string,
  { onSuccess }: { onSuccess?: (version: QualificationVersionDetail) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishQualification(qualificationId),
    onSuccess: async (version) => {
      await queryClient.invalidateQueries({ queryKey: qualificationsQueryKey });
      onSuccess?.(version);
    },
  });
}
