import { EVIDENCE_SORTS, type EvidenceFilter, type EvidenceSummary } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePagedList } from '../../../hooks/use-paged-list';
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
