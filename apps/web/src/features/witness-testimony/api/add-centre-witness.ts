import type { CentreWitness, CentreWitnessContent } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { centreWitnessesQueryKey } from './get-centre-witnesses';

export function addCentreWitness(
  centreId: string,
  witness: CentreWitnessContent,
): Promise<CentreWitness> {
  return apiClient.post<CentreWitness>(
    `/api/centres/${encodeURIComponent(centreId)}/witnesses`,
    witness,
  );
}

export function useAddCentreWitness(centreId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (witness: CentreWitnessContent) => addCentreWitness(centreId, witness),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centreWitnessesQueryKey }),
  });
}
