import type { AssessmentMethod } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { methodCodesQueryKey, type CentreMethodCode } from './get-method-codes';
import { evidenceQueryKey } from './get-evidence-list';

export interface ReplaceMethodCodesRequest {
  codes: { method: AssessmentMethod; code: string }[];
}

/** The centre's codes; methods left out go back to their defaults. */
export function replaceMethodCodes(
  centreId: string,
  body: ReplaceMethodCodesRequest,
): Promise<CentreMethodCode[]> {
  return apiClient.put<CentreMethodCode[]>(
    `/api/centres/${encodeURIComponent(centreId)}/method-codes`,
    body,
  );
}

export function useReplaceMethodCodes(centreId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplaceMethodCodesRequest) => replaceMethodCodes(centreId, body),
    onSuccess: (codes) => {
      queryClient.setQueryData([...methodCodesQueryKey, centreId], codes);
      // Portfolios show the codes.
      return queryClient.invalidateQueries({ queryKey: evidenceQueryKey });
    },
  });
}
