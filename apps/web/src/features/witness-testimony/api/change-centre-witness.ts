import type { CentreWitness, CentreWitnessContent } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { centreWitnessesQueryKey } from './get-centre-witnesses';

export function changeCentreWitness(
  centreId: string,
  witnessId: string,
  witness: CentreWitnessContent,
): Promise<CentreWitness> {
  return apiClient.put<CentreWitness>(
    `/api/centres/${encodeURIComponent(centreId)}/witnesses/${encodeURIComponent(witnessId)}`,
    witness,
  );
}

export function useChangeCentreWitness(centreId: string, witnessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (witness: CentreWitnessContent) =>
      changeCentreWitness(centreId, witnessId, witness),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centreWitnessesQueryKey }),
  });
}
