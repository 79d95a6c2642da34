import { USER_SORTS, type UserSummary } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

export const usersQueryKey = ['users'] as const;

/** The users page's list, a page at a time, searched, filtered by role and sorted on the server. */
export function useUsers() {
  return usePagedList<UserSummary>([...usersQueryKey, 'list'], '/api/users', {
    sorts: USER_SORTS,
    filters: USER_FILTERS,
  });
}

const USER_FILTERS = ['role'] as const;
