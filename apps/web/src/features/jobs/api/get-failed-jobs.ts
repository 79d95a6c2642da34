import type { FailedJob } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

/** Jobs that failed every try, newest first, a page at a time. */
export function useFailedJobs() {
  return usePagedList<FailedJob>(['jobs', 'failed'], '/api/jobs/failed');
}
