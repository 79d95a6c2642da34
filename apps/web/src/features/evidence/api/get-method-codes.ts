import type { AssessmentMethod } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** A centre's short code for one assessment method, beside the default it may replace. */
export interface CentreMethodCode {
  method: AssessmentMethod;
  title: string;
  code: string;
  defaultCode: string;
}

export const methodCodesQueryKey = ['method-codes'] as const;

export function getMethodCodes(centreId: string): Promise<CentreMethodCode[]> {
  return apiClient.get<CentreMethodCode[]>(
    `/api/centres/${encodeURIComponent(centreId)}/method-codes`,
  );
}

export function methodCodesQueryOptions(centreId: string) {
  return queryOptions({
    queryKey: [...methodCodesQueryKey, centreId],
    queryFn: () => getMethodCodes(centreId),
    staleTime: 5 * 60_000,
  });
}

export function useMethodCodes(centreId: string | undefined) {
  return useQuery({ ...methodCodesQueryOptions(centreId ?? ''), enabled: centreId !== undefined });
}
