import type { AssessmentQueueItem } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

/** Evidence awaiting the assessor signed in, oldest submitted first, a page at a time. */
export function useAssessmentQueue() {
  return usePagedList<AssessmentQueueItem>(['assessment', 'queue'], '/api/assessment-queue', {
    searches: false,
  });
}
