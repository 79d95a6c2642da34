import type { EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceDetailQueryKey } from './get-evidence';
import { evidenceQueryKey } from './get-evidence-list';

/** A referred item gets a new draft version carrying the referred one's content and files. */
export function reviseEvidence(id: string): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(`/api/evidence/${encodeURIComponent(id)}/revise`);
}

export function useReviseEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviseEvidence,
    onSuccess: async (detail) => {
      await queryClient.invalidateQueries({ queryKey: evidenceQueryKey });
      queryClient.setQueryData(evidenceDetailQueryKey(detail.id), detail);
    },
  });
}
