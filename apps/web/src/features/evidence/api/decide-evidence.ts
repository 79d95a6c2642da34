import type { AssessmentDecisionRequest, EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceDetailQueryKey } from './get-evidence';
import { evidenceQueryKey } from './get-evidence-list';

/** The assessor accepts or refers the version named, or withdraws its acceptance. */
export function decideEvidence(
  id: string,
  request: AssessmentDecisionRequest,
): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(
    `/api/evidence/${encodeURIComponent(id)}/assessments`,
    request,
  );
}

export function useDecideEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AssessmentDecisionRequest) => decideEvidence(id, request),
    onSuccess: async (detail) => {
      queryClient.setQueryData(evidenceDetailQueryKey(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, 'list'] });
    },
  });
}

/** After a 409: the item and its versions as they are now. */
export function useReloadEvidence(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, id] });
}
