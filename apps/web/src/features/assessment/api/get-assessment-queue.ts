import type { AssessmentQueueItem, Page } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePagedList } from '../../../hooks/use-paged-list';
import { getPage } from '../../../lib/paging';

export const assessmentQueueQueryKey = ['assessment', 'queue'] as const;

/** Evidence awaiting the assessor signed in, oldest submitted first, a page at a time. */
export function useAssessmentQueue() {
  return usePagedList<AssessmentQueueItem>(assessmentQueueQueryKey, '/api/assessment-queue', {
    searches: false,
  });
}

/** What the assessor should judge next: the oldest awaiting them (in `items`, if any), and how many. */
export function getNextAwaiting(): Promise<Page<AssessmentQueueItem>> {
  return getPage<AssessmentQueueItem>('/api/assessment-queue', 0, 1);
}

/** The oldest item awaiting the assessor and how many await, for their home page. */
export function useNextAwaiting() {
  return useQuery({ queryKey: [...assessmentQueueQueryKey, 'next'], queryFn: getNextAwaiting });
}
