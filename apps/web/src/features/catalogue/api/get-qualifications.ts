import { QUALIFICATION_SORTS, type QualificationSummary } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

/** Every cached answer about qualifications starts with this key, so one invalidation reaches all. */
export const qualificationsQueryKey = ['qualifications'] as const;

/** The catalogue's list, a page at a time, searched and sorted on the server. */
export function useQualifications() {
  return usePagedList<QualificationSummary>(
    [...qualificationsQueryKey, 'list'],
    '/api/qualifications',
    { sorts: QUALIFICATION_SORTS },
  );
}
