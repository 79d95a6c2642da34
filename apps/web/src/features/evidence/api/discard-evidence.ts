import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceQueryKey } from './get-evidence-list';

/** Throws away a draft that was never submitted; anything once submitted is kept (409). */
export function discardEvidence(id: string): Promise<void> {
  return apiClient.delete<void>(`/api/evidence/${encodeURIComponent(id)}`);
}

export function useDiscardEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: discardEvidence,
    onSuccess: (_nothing, id) => {
      queryClient.removeQueries({ queryKey: [...evidenceQueryKey, id] });
      return queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, 'list'] });
    },
  });
}
