import { LEARNER_SORTS, type LearnerSummary, type Page } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { usePagedList } from '../../../hooks/use-paged-list';
import { apiClient } from '../../../lib/api-client';

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

/** How many learners with a correction waiting the admin's home lists. */
export const CORRECTIONS_WAITING_SHOWN = 10;

/** The learners whose proposed corrections wait for an admin, first page: for the admin's home. */
export function useLearnersAwaitingCorrection() {
  return useQuery({
    queryKey: [...learnersQueryKey, 'corrections-open'],
    queryFn: () =>
      apiClient.get<Page<LearnerSummary>>(
        `/api/learners?corrections=open&limit=${CORRECTIONS_WAITING_SHOWN}`,
      ),
  });
}
