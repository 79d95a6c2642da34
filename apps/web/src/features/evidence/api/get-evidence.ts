import type { EvidenceDetail } from '@signoff/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceQueryKey } from './get-evidence-list';

export function getEvidence(id: string): Promise<EvidenceDetail> {
  return apiClient.get<EvidenceDetail>(`/api/evidence/${encodeURIComponent(id)}`);
}

export function evidenceDetailQueryKey(id: string) {
  return [...evidenceQueryKey, id, 'detail'] as const;
}

export function evidenceQueryOptions(id: string) {
  return queryOptions({ queryKey: evidenceDetailQueryKey(id), queryFn: () => getEvidence(id) });
}

export function useEvidence(id: string | undefined) {
  return useQuery({ ...evidenceQueryOptions(id ?? ''), enabled: id !== undefined });
}

/**
 * After a file is added to or taken off a draft. Answers to changes made at once (two uploads, an
 * upload and a removal) can arrive in any order, each holding the files as they stood when it was
 * written: the item is fetched afresh instead of taken from whichever answer came last.
 */
export function refetchEvidence(queryClient: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, id] }),
    queryClient.invalidateQueries({ queryKey: [...evidenceQueryKey, 'list'] }),
  ]);
}
