import type { CentreWitness } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every cached answer about a centre's witnesses starts with this key. */
export const centreWitnessesQueryKey = ['centre-witnesses'] as const;

export function getCentreWitnesses(centreId: string): Promise<CentreWitness[]> {
  return apiClient.get<CentreWitness[]>(`/api/centres/${encodeURIComponent(centreId)}/witnesses`);
}

export function centreWitnessesQueryOptions(centreId: string) {
  return queryOptions({
    queryKey: [...centreWitnessesQueryKey, centreId],
    queryFn: () => getCentreWitnesses(centreId),
  });
}

/** The centre's register of witnesses; nothing is asked until the centre is known. */
export function useCentreWitnesses(centreId: string | undefined) {
  return useQuery({
    ...centreWitnessesQueryOptions(centreId ?? ''),
    enabled: centreId !== undefined,
  });
}
