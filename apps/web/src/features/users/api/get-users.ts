import type { UserSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const usersQueryKey = ['users'] as const;

export function getUsers(): Promise<UserSummary[]> {
  return apiClient.get<UserSummary[]>('/api/users');
}

export const usersQueryOptions = queryOptions({ queryKey: usersQueryKey, queryFn: getUsers });

export function useUsers() {
  return useQuery(usersQueryOptions);
}
