import {
  ENROLMENT_SORTS,
  type EnrolmentListQuery,
  type EnrolmentSummary,
} from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePagedList } from '../../../hooks/use-paged-list';
import { getAllPages } from '../../../lib/paging';

/** Every cached answer about enrolments starts with this key, so one invalidation reaches all. */
export const enrolmentsQueryKey = ['enrolments'] as const;

const listKey = [...enrolmentsQueryKey, 'list'] as const;
const PATH = '/api/enrolments';

/** The filters the enrolments list offers in the address. */
export const ENROLMENT_FILTERS = ['status', 'qualification', 'assessor', 'iqa'] as const;

/** Narrowings a page fixes for itself: one learner's, or the person's own part. */
export type EnrolmentsScope = Pick<EnrolmentListQuery, 'mine' | 'learner'>;

/**
 * The enrolments the person may see (a centre's for its admins and EQAs, those an assessor or
 * IQA holds, a learner's own), a page at a time; `searchable`, searched, filtered and sorted on
 * the server as the address asks (otherwise the address's words are another list's).
 */
export function useEnrolmentsPage(scope: EnrolmentsScope, searchable: boolean) {
  const fixed: Record<string, string> = {};
  if (scope.mine) fixed['mine'] = scope.mine;
  if (scope.learner) fixed['learner'] = scope.learner;
  return usePagedList<EnrolmentSummary>(listKey, PATH, {
    sorts: searchable ? ENROLMENT_SORTS : [],
    filters: searchable ? ENROLMENT_FILTERS : [],
    searches: searchable,
    fixed,
  });
}

/** All those the person learns on, for screens that choose among a learner's own few. */
export function useOwnEnrolments() {
  return useQuery({
    queryKey: [...listKey, 'own'],
    queryFn: () => getAllPages<EnrolmentSummary>(`${PATH}?mine=learner`),
    select: (page) => page.items,
  });
}
