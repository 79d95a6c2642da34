import type { EvidenceContent, EvidenceDetail } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceDetailQueryKey } from './get-evidence';
import { evidenceQueryKey } from './get-evidence-list';

/** Saves the open draft's content; a submitted version is refused with 409. */
export function saveEvidence(id: string, content: EvidenceContent): Promise<EvidenceDetail> {
  return apiClient.put<EvidenceDetail>(`/api/evidence/${encodeURIComponent(id)}`, content);
}

export function useSaveEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, content }: { id: string; content: EvidenceContent }) =>
      saveEvidence(id, content),
    onSuccess: (saved) => {
      // A save changes only the content: the files may have changed since it was answered.
      queryClient.setQueryData<EvidenceDetail>(evidenceDetailQueryKey(saved.id), (cached) =>
        cached?.current.number === saved.current.number
          ? {
              ...saved,
              current: { ...saved.current, files: cached.current.files },
            }
          : saved,
      );
      return queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, 'list'] });
    },
  });
}
