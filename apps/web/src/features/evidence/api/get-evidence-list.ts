import type { EvidenceFilter, EvidenceSummary } from '@signoff/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every cached answer about evidence starts with this key, so one invalidation reaches all. */
export const evidenceQueryKey = ['evidence'] as const;

/** The newest version of each item of an enrolment's portfolio, newest activity first. */
export function getEvidenceList(
  enrolmentId: string,
  filter: EvidenceFilter,
): Promise<EvidenceSummary[]> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter))
    if (typeof value === 'string' && value !== '') query.set(name, value);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return apiClient.get<EvidenceSummary[]>(
    `/api/enrolments/${encodeURIComponent(enrolmentId)}/evidence${search}`,
  );
}

export function evidenceListQueryOptions(enrolmentId: string, filter: EvidenceFilter) {
  return queryOptions({
    queryKey: [...evidenceQueryKey, 'list', enrolmentId, filter],
    queryFn: () => getEvidenceList(enrolmentId, filter),
  });
}

/** The list stays on screen while a changed filter is asked for. */
export function useEvidenceList(enrolmentId: string, filter: EvidenceFilter) {
  return useQuery({
    ...evidenceListQueryOptions(enrolmentId, filter),
    placeholderData: keepPreviousData,
  });
}
