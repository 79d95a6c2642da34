import { USER_SORTS, type UserSummary } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

export const usersQueryKey = ['users'] as const;

const USER_FILTERS = ['role', 'centre'] as const;

/**
 * The users page's list, a page at a time, searched, filtered by role and centre, and sorted on
 * the server.
 */
export function useUsers() {
  return usePagedList<UserSummary>([...usersQueryKey, 'list'], '/api/users', {
    sorts: USER_SORTS,
    filters: USER_FILTERS,
  });
}
