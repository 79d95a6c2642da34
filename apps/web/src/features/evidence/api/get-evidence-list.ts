import {
  EVIDENCE_SORTS,
  type EvidenceFilter,
  type EvidenceStatus,
  type EvidenceSummary,
  type Page,
} from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePagedList } from '../../../hooks/use-paged-list';
import { apiClient } from '../../../lib/api-client';
import { getAllPages } from '../../../lib/paging';

/** Every cached answer about evidence starts with this key, so one invalidation reaches all. */
export const evidenceQueryKey = ['evidence'] as const;

/** The list route of an enrolment's portfolio, with the filter's parameters. */
function evidencePath(enrolmentId: string, filter: EvidenceFilter): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter))
    if (typeof value === 'string' && value !== '') query.set(name, value);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return `/api/enrolments/${encodeURIComponent(enrolmentId)}/evidence${search}`;
}

/**
 * The newest version of each item of an enrolment's portfolio, newest activity first unless
 * sorted otherwise, a page at a time; the list stays on screen while another page, order or
 * filter is asked for.
 */
export function useEvidenceList(enrolmentId: string, filter: EvidenceFilter) {
  return usePagedList<EvidenceSummary>(
    [...evidenceQueryKey, 'list', enrolmentId, filter],
    evidencePath(enrolmentId, filter),
    { sorts: EVIDENCE_SORTS, searches: false },
  );
}

/** Every item of the portfolio, for what is counted over all of it (coverage). */
export function useWholeEvidenceList(enrolmentId: string) {
  return useQuery({
    queryKey: [...evidenceQueryKey, 'list', enrolmentId, 'whole'],
    queryFn: () => getAllPages<EvidenceSummary>(evidencePath(enrolmentId, {})),
    select: (page) => page.items,
  });
}

/**
 * The items of a portfolio in one status, most recently changed first, up to `limit`: what the
 * assessor referred back or accepted lately, for the learner's home.
 */
export function useRecentEvidence(enrolmentId: string, status: EvidenceStatus, limit: number) {
  const order = new URLSearchParams({ sort: 'updatedAt', direction: 'desc', limit: String(limit) });
  return useQuery({
    queryKey: [...evidenceQueryKey, 'list', enrolmentId, 'recent', status, limit],
    queryFn: () =>
      apiClient.get<Page<EvidenceSummary>>(`${evidencePath(enrolmentId, { status })}&${order}`),
    select: (page) => page.items,
  });
}
