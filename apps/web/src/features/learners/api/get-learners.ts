import { LEARNER_SORTS, type LearnerSummary } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

/** Every cached answer about learners starts with this key, so one invalidation reaches all. */
export const learnersQueryKey = ['learners'] as const;

const LEARNER_FILTERS = ['centre'] as const;

/**
 * The learners page's list, a page at a time, searched, filtered by centre and sorted on the
 * server.
 */
export function useLearners() {
  return usePagedList<LearnerSummary>([...learnersQueryKey, 'list'], '/api/learners', {
    sorts: LEARNER_SORTS,
    filters: LEARNER_FILTERS,
  });
}
