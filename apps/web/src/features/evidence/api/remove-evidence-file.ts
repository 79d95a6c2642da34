import type { EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { refetchEvidence } from './get-evidence';

export function removeEvidenceFile(itemId: string, fileId: string): Promise<EvidenceDetail> {
  return apiClient.delete<EvidenceDetail>(
    `/api/evidence/${encodeURIComponent(itemId)}/files/${encodeURIComponent(fileId)}`,
  );
}

export function useRemoveEvidenceFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, fileId }: { itemId: string; fileId: string }) =>
      removeEvidenceFile(itemId, fileId),
    onSuccess: (detail) => refetchEvidence(queryClient, detail.id),
  });
}
