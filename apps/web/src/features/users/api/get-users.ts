import type { UserSummary } from '@signoff/contracts';
import { usePagedList } from '../../../hooks/use-paged-list';

export const usersQueryKey = ['users'] as const;

/** The users page's list, a page at a time. */
export function useUsers() {
  return usePagedList<UserSummary>([...usersQueryKey, 'list'], '/api/users');
}
