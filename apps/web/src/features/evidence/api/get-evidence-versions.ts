import type { EvidenceVersion } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { evidenceQueryKey } from './get-evidence-list';

/** Every version of an item, oldest first, each with its files and declaration. */
export function getEvidenceVersions(id: string): Promise<EvidenceVersion[]> {
  return apiClient.get<EvidenceVersion[]>(`/api/evidence/${encodeURIComponent(id)}/versions`);
}

export function evidenceVersionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...evidenceQueryKey, id, 'versions'],
    queryFn: () => getEvidenceVersions(id),
  });
}

export function useEvidenceVersions(id: string) {
  return useQuery(evidenceVersionsQueryOptions(id));
}
