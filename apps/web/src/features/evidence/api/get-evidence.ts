import type { EvidenceDetail } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
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
