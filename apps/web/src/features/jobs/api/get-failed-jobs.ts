import { FAILED_JOB_SORTS, type FailedJob } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

/** Jobs that failed every try, newest first unless sorted otherwise, a page at a time. */
export function useFailedJobs() {
  return usePagedList<FailedJob>(['jobs', 'failed'], '/api/jobs/failed', {
    sorts: FAILED_JOB_SORTS,
  });
}
