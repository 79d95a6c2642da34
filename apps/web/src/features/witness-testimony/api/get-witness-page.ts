import type { WitnessPage } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The public page's API: the token is the link's last segment, as the witness received it. */
export function witnessPath(token: string): string {
  return `/api/witness/${encodeURIComponent(token)}`;
}

export function getWitnessPage(token: string): Promise<WitnessPage> {
  return apiClient.get<WitnessPage>(witnessPath(token));
}

export function witnessPageQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['witness-page', token],
    queryFn: () => getWitnessPage(token),
    // What is asked does not change while the witness writes: asking again only spends the
    // page's rate limit.
    staleTime: Infinity,
  });
}

/** What a witness's link asks of them, read without an account. */
export function useWitnessPage(token: string) {
  return useQuery(witnessPageQueryOptions(token));
}
