import type { EvidenceContent, EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceDetailQueryKey } from './get-evidence';
import { evidenceQueryKey } from './get-evidence-list';

/** Starts an item as a draft (version 1) on the learner's enrolment. */
export function createEvidence(
  enrolmentId: string,
  content: EvidenceContent,
): Promise<EvidenceDetail> {
  return apiClient.post<EvidenceDetail>(
    `/api/enrolments/${encodeURIComponent(enrolmentId)}/evidence`,
    content,
  );
}

export function useCreateEvidence(enrolmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: EvidenceContent) => createEvidence(enrolmentId, content),
    onSuccess: (detail) => {
      queryClient.setQueryData(evidenceDetailQueryKey(detail.id), detail);
      return queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, 'list'] });
    },
  });
}
