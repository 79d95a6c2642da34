import type { MeResponse } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when there is no session. */
export async function getMe(): Promise<MeResponse | null> {
  try {
    return await apiClient.get<MeResponse>('/api/me');
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
