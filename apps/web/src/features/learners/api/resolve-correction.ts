import { type CorrectionResolution } from '@signoff/contracts';
import type { LearnerProfile } from '@signoff/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { learnersQueryKey } from './get-learners';

export function resolveCorrection(
  learnerId: string,
  correctionId: string,
  status: CorrectionResolution,
): Promise<LearnerProfile> {
  return apiClient.post<LearnerProfile>(
    `/api/learners/${encodeURIComponent(learnerId)}/corrections/${encodeURIComponent(correctionId)}/resolve`,
    { status },
  );
}

export function useResolveCorrection(learnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      correctionId,
      status,
    }: {
      correctionId: string;
      status: CorrectionResolution;
    }) => resolveCorrection(learnerId, correctionId, status),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learnersQueryKey }),
  });
}

export type { CorrectionResolution };
