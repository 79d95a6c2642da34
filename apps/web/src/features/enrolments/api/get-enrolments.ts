import type { EnrolmentSummary } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePagedList } from '../../../hooks/use-paged-list';
import { getAllPages } from '../../../lib/paging';

/** Every cached answer about enrolments starts with this key, so one invalidation reaches all. */
export const enrolmentsQueryKey = ['enrolments'] as const;

const listKey = [...enrolmentsQueryKey, 'list'] as const;
const PATH = '/api/enrolments';

/**
 * The enrolments the person may see: a centre's for its admins and EQAs, those an assessor or
 * IQA holds, a learner's own. A page at a time, or `whole` for a list filtered in the browser.
 */
export function useEnrolmentsPage(options?: { whole?: boolean }) {
  return usePagedList<EnrolmentSummary>(listKey, PATH, options);
}

/** All of them, for screens that choose among a person's own few (a learner's enrolments). */
export function useEnrolments() {
  return useQuery({
    queryKey: [...listKey, 'whole'],
    queryFn: () => getAllPages<EnrolmentSummary>(PATH),
    select: (page) => page.items,
  });
}
