import type { QualificationDocument, QualificationVersionDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { qualificationsQueryKey } from './get-qualifications';

/** Saves the open draft; when only published versions exist, the API opens a new draft. */
export function saveDraft(
  qualificationId: string,
  document: QualificationDocument,
): Promise<QualificationVersionDetail> {
  return apiClient.put<QualificationVersionDetail>(
    `/api/qualifications/${encodeURIComponent(qualificationId)}/draft`,
    document,
  );
}

export function useSaveDraft(qualificationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: QualificationDocument) => saveDraft(qualificationId, document),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualificationsQueryKey }),
  });
}
