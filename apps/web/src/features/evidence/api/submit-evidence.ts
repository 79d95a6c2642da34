import { DECLARATION_STATEMENT, type EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceQueryKey } from './get-evidence-list';

/** The learner declares the draft their own work and submits it for assessment. */
export function submitEvidence(id: string): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(`/api/evidence/${encodeURIComponent(id)}/submit`, {
    statement: DECLARATION_STATEMENT,
    agreed: true,
  });
}

export function useSubmitEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitEvidence,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceQueryKey }),
  });
}
